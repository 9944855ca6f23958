package vn.thidua.mail;

import org.springframework.stereotype.Component;

/**
 * What the dispatcher's schedule does, when a test says so: the mail due in the outbox goes to the SMTP server now.
 * For tests of other modules, which switch the schedule off ({@code application-test.yml}) and deliver between steps.
 */
@Component
public class OutboxDelivery {

    private final MailDispatcher dispatcher;

    OutboxDelivery(MailDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Sends every mail that is due; returns how many were sent. */
    public int dispatchDue() {
        return dispatcher.dispatchDue();
    }
}
