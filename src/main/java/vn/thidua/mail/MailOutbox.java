package vn.thidua.mail;

/**
 * The transactional outbox: mail is written in the caller's transaction (for process steps, the engine's)
 * and sent later by the dispatcher, never from inside a job.
 */
public interface MailOutbox {

    /**
     * Renders the mail now and stores it for sending, unless a mail with the same key was queued before.
     *
     * @return true if queued, false if the key was already there
     */
    boolean queue(OutboxMail mail);
}
