package vn.thidua.round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignLauncher;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.text.Messages;

/**
 * The demo's schedule and ad-hoc request, after the demo organisation is loaded (DemoData, order 20): the first
 * district with schools reports every six months and every year; the second district asks two of its schools for an
 * ad-hoc report due in ten working days, with a Word template. Made once; a restarted demo keeps what it has.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "thidua.demo.enabled", havingValue = "true")
class RoundDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoundDemoData.class);

    private final ReportSchedules schedules;
    private final AdHocRequests adHoc;
    private final RoundRepository rounds;
    private final OrgDirectory org;
    private final CampaignLauncher launcher;
    private final DeadlineCalendar calendar;
    private final EngineClock clock;
    private final boolean launch;

    RoundDemoData(ReportSchedules schedules, AdHocRequests adHoc, RoundRepository rounds, OrgDirectory org,
                  CampaignLauncher launcher, DeadlineCalendar calendar, EngineClock clock,
                  @Value("${thidua.demo.launch-campaign:true}") boolean launch) {
        this.schedules = schedules;
        this.adHoc = adHoc;
        this.rounds = rounds;
        this.org = org;
        this.launcher = launcher;
        this.calendar = calendar;
        this.clock = clock;
        this.launch = launch;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!launch || !rounds.schedules().isEmpty() || !rounds.adHocRequests().isEmpty()) {
            return;
        }
        List<Unit> districts = org.roots().isEmpty() ? List.of() : org.children(org.roots().get(0).code()).stream()
                .filter(d -> org.children(d.code()).size() >= 2 && !org.people(d.code(), UnitRole.STAFF).isEmpty())
                .toList();
        if (districts.size() < 2) {
            return;
        }
        Unit scheduled = districts.get(districts.size() - 1);
        long scheduleId = schedules.create(new ScheduleInput(Messages.get("round.demo.schedule", scheduled.name()),
                scheduled.code(), List.of(
                new ScheduleInput.Item(Messages.get("round.demo.halfYear"), "15/06", 15,
                        Messages.get("round.demo.halfYear.instructions"), true, "PARENT"),
                new ScheduleInput.Item(Messages.get("round.demo.year"), "15/12", 15,
                        Messages.get("round.demo.year.instructions"), true, "PARENT_AND_OTHERS"))),
                launcher.asUser(org.people(scheduled.code(), UnitRole.STAFF).get(0).username()));

        Unit asking = districts.get(districts.size() - 2);
        List<Unit> schools = org.children(asking.code());
        LocalDate due = calendar.workingDaysAfter(clock.now().atZoneSameInstant(EngineClock.ZONE).toLocalDate(), 10);
        long adHocId = adHoc.create(new AdHocInput(Messages.get("round.demo.adHoc"), asking.code(),
                due.toString(), Messages.get("round.demo.adHoc.instructions"), false, "PARENT",
                List.of(schools.get(0).code(), schools.get(1).code())),
                new UploadedTemplate(Messages.get("round.demo.adHoc.templateName"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", template()),
                launcher.asUser(org.people(asking.code(), UnitRole.STAFF).get(0).username()));
        log.info("Demo report schedule {} ({}) and ad-hoc request {} ({}) set up", scheduleId, scheduled.code(),
                adHocId, asking.code());
    }

    /** A short Word template: the heading and the points to cover. */
    private static byte[] template() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFRun heading = document.createParagraph().createRun();
            heading.setBold(true);
            heading.setText(Messages.get("round.demo.adHoc.templateHeading"));
            for (String line : Messages.get("round.demo.adHoc.templateLines").split("\\|")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
