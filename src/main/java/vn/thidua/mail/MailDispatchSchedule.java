package vn.thidua.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the dispatcher every {@code thidua.mail.dispatch-interval}, unless {@code dispatcher.scheduled} is false. */
@Component
@ConditionalOnProperty(name = "thidua.mail.dispatcher.scheduled", havingValue = "true", matchIfMissing = true)
class MailDispatchSchedule {

    private final MailDispatcher dispatcher;

    MailDispatchSchedule(MailDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${thidua.mail.dispatch-interval:PT10S}")
    void dispatch() {
        dispatcher.dispatchDue();
    }
}
