package vn.thidua.support;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import vn.thidua.mail.OutboxDelivery;

/**
 * Before each test of a {@link PostgresIntegrationTest}: the engine clock at {@code start}, the two-level test tree
 * (a province and its schools, {@code scenario/two-level-*.csv}) imported, its jobs run and the mail they queued
 * delivered and then forgotten by the {@link TestMailbox}. After each test the engine clock is real again. Register
 * it after the mailbox:
 *
 * <pre>
 * &#64;RegisterExtension &#64;Order(1) static final TestMailbox smtp = new TestMailbox();
 * &#64;RegisterExtension &#64;Order(2) static final TwoLevelTree tree = new TwoLevelTree(LAUNCH, smtp);
 * </pre>
 */
public final class TwoLevelTree implements BeforeEachCallback, AfterEachCallback {

    private final OffsetDateTime start;
    private final TestMailbox mailbox;
    private YearDriver year;
    private OutboxDelivery dispatcher;

    public TwoLevelTree(OffsetDateTime start, TestMailbox mailbox) {
        this.start = start;
        this.mailbox = mailbox;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        year = spring.getBean(YearDriver.class);
        dispatcher = spring.getBean(OutboxDelivery.class);
        year.setClock(start);
        year.importOrg("scenario/two-level-units.csv", "scenario/two-level-users.csv");
        run();
        mailbox.reset();
    }

    /** Runs the jobs due at the engine clock and sends the mail they queued. */
    public void run() {
        year.runDueJobs();
        dispatcher.dispatchDue();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }
}
