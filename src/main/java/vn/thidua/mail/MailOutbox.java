package vn.thidua.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.org.Person;

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

    /**
     * One mail of the template to each person, addressed by name ({@code recipientName} added to the model), under the
     * key {@code key:username} so that each person gets it once.
     *
     * @return how many were queued (those already queued before not counted)
     */
    default int queueToEach(String template, String key, List<Person> recipients, Map<String, Object> model) {
        int queued = 0;
        for (Person person : recipients) {
            Map<String, Object> personal = new HashMap<>(model);
            personal.put("recipientName", person.fullName());
            if (queue(new OutboxMail(key + ":" + person.username(), person.email(), person.fullName(), template,
                    personal))) {
                queued++;
            }
        }
        return queued;
    }
}
