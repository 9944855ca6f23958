package vn.thidua.mail;

import java.util.Map;

/**
 * One email to one recipient, waiting in the outbox.
 *
 * @param dedupKey  unique key of this mail: queuing the same key twice queues it once (retries, restarts, nodes)
 * @param toAddress recipient address
 * @param toName    recipient's full name, for the greeting
 * @param template  name of the templates {@code templates/mail/{template}.html} and {@code .txt}
 * @param model     values the templates use (all plain strings or numbers)
 */
public record OutboxMail(String dedupKey, String toAddress, String toName, String template, Map<String, Object> model) {

    public OutboxMail {
        model = Map.copyOf(model);
    }
}
