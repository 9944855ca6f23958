package vn.thidua.mail;

import java.time.OffsetDateTime;

/** One row of the outbox as the administrators' page and API show it; times are in Vietnam's offset. */
record OutboxEntry(
        long id,
        String dedupKey,
        String toAddress,
        String toName,
        String template,
        String subject,
        MailStatus status,
        int attempts,
        OffsetDateTime nextAttemptAt,
        String lastError,
        OffsetDateTime createdAt,
        OffsetDateTime sentAt) {
}
