package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.ReportKind;
import vn.thidua.org.Unit;

/** A report's title becomes task names, which Camunda keeps in 255 characters, whatever the names' lengths. */
class ReportTitleTest {

    static final int CAMUNDA_TASK_NAME = 255;

    @Test
    void aTitleOfOrdinaryNamesIsWhole() {
        assertThat(ReportContext.View.title(phase("Đợt 1"), unit("Trường TH Lê Lợi"), campaign("Phong trào thi đua")))
                .isEqualTo("Sơ kết đợt 1 – Trường TH Lê Lợi – Phong trào thi đua");
    }

    @Test
    void theLongestNamesWeAcceptAreShortenedToFitEveryTaskName() {
        String title = ReportContext.View.title(phase("Đ".repeat(200)), unit("T".repeat(222)),
                campaign("P".repeat(300)));
        assertThat(title).hasSize(ReportContext.View.MAX_TITLE).startsWith("Sơ kết đ").endsWith("…");

        String exact = ReportContext.View.title(phase("Đợt 1"), unit("T".repeat(ReportContext.View.MAX_TITLE
                - "Sơ kết đợt 1 –  – P".length())), campaign("P"));
        assertThat(exact).hasSize(ReportContext.View.MAX_TITLE).endsWith(" – P");
    }

    @Test
    void everyTaskNamedAfterTheTitleLeavesItRoomInCamundasColumn() {
        // A user task's create listener names it "${task.setName('Ký duyệt: '.concat(reportTitle))}" or
        // "${task.setName(reportTitle)}": the literal before the title is what the title must leave room for.
        var model = Bpmn.readModelFromFile(new File("processes/unit-report.bpmn"));
        Pattern naming = Pattern.compile("\\$\\{task\\.setName\\((?:'([^']*)'\\.concat\\()?reportTitle\\)?\\)}");
        List<String> prefixes = model.getModelElementsByType(CamundaTaskListener.class).stream()
                .map(CamundaTaskListener::getCamundaExpression)
                .filter(expression -> expression != null && expression.contains("reportTitle"))
                .map(expression -> {
                    Matcher matcher = naming.matcher(expression);
                    assertThat(matcher.matches()).as(expression).isTrue();
                    return matcher.group(1) == null ? "" : matcher.group(1);
                }).toList();
        assertThat(prefixes).hasSizeGreaterThanOrEqualTo(model.getModelElementsByType(UserTask.class).size());
        for (String prefix : prefixes) {
            assertThat(prefix.length() + ReportContext.View.MAX_TITLE).as(prefix).isLessThanOrEqualTo(CAMUNDA_TASK_NAME);
        }
    }

    private static CampaignPhase phase(String name) {
        return new CampaignPhase(1, 1, name, ReportKind.INTERIM, LocalDate.of(2026, 9, 5), LocalDate.of(2027, 1, 16),
                OffsetDateTime.parse("2027-01-25T17:00:00+07:00"));
    }

    private static Unit unit(String name) {
        return new Unit("U", name, "truong", null, "u@x.vn");
    }

    private static Campaign campaign(String name) {
        return new Campaign(1, name, "2026-2027", "U", null, "u", OffsetDateTime.parse("2026-09-01T08:00:00+07:00"),
                null, Campaign.STATUS_RUNNING, null);
    }
}
