package vn.thidua.mail;

/** Where an outbox row is in its life. Labels shown to people are {@code mail.status.*} in i18n/mail_vi. */
enum MailStatus {
    /** Waiting for the dispatcher, possibly after failed attempts ({@code next_attempt_at}). */
    PENDING,
    /** Claimed by a dispatcher until {@code locked_until}. */
    SENDING,
    SENT,
    /** Gave up after the maximum attempts; an administrator may put it back to PENDING. */
    FAILED
}
