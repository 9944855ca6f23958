package vn.thidua.round;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignLauncher;
import vn.thidua.support.YearDriver;

/**
 * For the isolation table, on the tree of {@code isolation/units.csv} (already imported): the district An Phú's
 * report schedule, and its ad-hoc request to Hoa Hồng alone, with a template. Built once per Spring context.
 */
@Component
public class RoundIsolationFixture {

    public static final String SCHEDULE_NAME = "Lịch báo cáo định kỳ Quận An Phú";
    public static final String ADHOC_TOPIC = "Báo cáo đột xuất An Phú về phòng cháy chữa cháy";

    private final ReportSchedules schedules;
    private final AdHocRequests adHoc;
    private final CampaignLauncher launcher;
    private final YearDriver year;
    private State state;

    public record State(long scheduleId, long adHocId) {
    }

    RoundIsolationFixture(ReportSchedules schedules, AdHocRequests adHoc, CampaignLauncher launcher,
                          YearDriver year) {
        this.schedules = schedules;
        this.adHoc = adHoc;
        this.launcher = launcher;
        this.year = year;
    }

    public synchronized State state() {
        if (state == null) {
            year.setClock(OffsetDateTime.parse("2026-10-01T08:00:00+07:00"));
            try {
                var district = launcher.asUser("ktanphustaff");
                long scheduleId = schedules.create(new ScheduleInput(SCHEDULE_NAME, "KTQA", List.of(
                        new ScheduleInput.Item("Báo cáo 6 tháng", "15/06", 15, null, true, "PARENT"))), district);
                long adHocId = adHoc.create(new AdHocInput(ADHOC_TOPIC, "KTQA", "30/10/2026", null, true, null,
                        List.of("KTQAHONG")), new UploadedTemplate("mau-bao-cao-pccc.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "Mẫu".getBytes(StandardCharsets.UTF_8)), district);
                state = new State(scheduleId, adHocId);
            } finally {
                ClockUtil.reset();
            }
        }
        return state;
    }
}
