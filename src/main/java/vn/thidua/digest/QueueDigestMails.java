package vn.thidua.digest;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.EngineClock;
import vn.thidua.digest.DailyDigestProcess.Vars;

/** {@code Task_QueueDigestMails}: queues today's digest for every parent unit's staff with something to read. */
@Component("queueDigestMails")
class QueueDigestMails implements JavaDelegate {

    private final DailyDigest digest;
    private final DigestSchedule schedule;
    private final EngineClock clock;

    QueueDigestMails(DailyDigest digest, DigestSchedule schedule, EngineClock clock) {
        this.digest = digest;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var day = schedule.today();
        execution.setVariable(Vars.DIGEST_DAY, day.toString());
        execution.setVariable(Vars.MAILS_QUEUED, digest.queue(day, clock.now()));
    }
}
