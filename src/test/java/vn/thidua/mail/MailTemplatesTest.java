package vn.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.env.MockEnvironment;
import org.thymeleaf.exceptions.TemplateInputException;

class MailTemplatesTest {

    private static final String FOOTER = "Thư này được gửi tự động từ hệ thống Thi đua.";

    private final MailTemplates templates = new MailTemplates(messages(), new MailBaseUrl(new MailProperties(
            "Thi đua <thidua@localhost>", "http://thidua.example.vn/", Duration.ofSeconds(10), 3,
            Duration.ofSeconds(30), 50, Duration.ofMinutes(2), new MailProperties.Dispatcher(false)),
            new MockEnvironment()));

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/common", "i18n/mail");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void reminderSaysHowManyDaysAreLeft() {
        RenderedMail mail = templates.render(TestMails.reminder("k"));

        assertThat(mail.subject()).isEqualTo(
                "Nhắc hạn: Sơ kết đợt 1 – Trường TH Lê Lợi – Phong trào năm học 2026-2027 (còn 3 ngày làm việc)");
        assertThat(mail.html()).contains("Kính gửi <strong>Nguyễn Thị Hoa</strong>", "17:00 ngày 15/12/2026",
                "href=\"http://thidua.example.vn/camunda/app/tasklist/default/#/?task=42\"", FOOTER,
                "<title>Nhắc hạn: Sơ kết đợt 1");
        assertThat(mail.text()).startsWith("Kính gửi Nguyễn Thị Hoa,")
                .contains("Còn 3 ngày làm việc đến hạn nộp.",
                        "Mở công việc: http://thidua.example.vn/camunda/app/tasklist/default/#/?task=42")
                .endsWith(FOOTER + " Vui lòng không trả lời thư này.\n")
                .doesNotContain("[(", "<");
    }

    @Test
    void reminderOnTheLastDay() {
        OutboxMail lastDay = new OutboxMail("k", "a@b.vn", "Lê Văn Tám", "reminder",
                Map.of("unitName", "Trường THCS Nguyễn Du", "campaignName", "Phong trào năm học 2026-2027",
                        "reportTitle", "Tổng kết", "deadline", "17:00 ngày 20/05/2027", "daysLeft", 0,
                        "taskUrl", "/camunda/app/tasklist/"));

        RenderedMail mail = templates.render(lastDay);

        assertThat(mail.subject()).endsWith("(hạn chót hôm nay)");
        assertThat(mail.text()).contains("Kính gửi Lê Văn Tám,", "Hôm nay là hạn chót nộp báo cáo.")
                .doesNotContain("Còn 0 ngày");
    }

    @Test
    void overdueTellsTheHeadAndTheParentDifferentThings() {
        RenderedMail head = templates.render(TestMails.overdue("k1", "head"));
        RenderedMail parent = templates.render(TestMails.overdue("k2", "parent"));

        assertThat(head.subject()).isEqualTo("Quá hạn: Sơ kết đợt 1 – Trường TH Lê Lợi – Phong trào năm học 2026-2027");
        assertThat(head.text()).contains("đã quá hạn nộp (17:00 ngày 15/12/2026)").doesNotContain("trực thuộc");
        assertThat(parent.text()).contains("Đơn vị trực thuộc Trường TH Lê Lợi chưa nộp báo cáo", "đôn đốc");
        assertThat(parent.html()).contains("Đơn vị trực thuộc", FOOTER).doesNotContain("đã quá hạn nộp");
    }

    @Test
    void escalationTellsTheParentsHeadHowLateAndWhereToExtend() {
        RenderedMail mail = templates.render(new OutboxMail("k", "lan.pham@pgd-q1.edu.vn", "Phạm Thị Lan",
                "escalation", Map.of("unitName", "Trường TH Lê Lợi", "campaignName", "Phong trào năm học 2026-2027",
                        "reportTitle", "Sơ kết đợt 1 – Trường TH Lê Lợi", "deadline", "17:00 ngày 15/12/2026",
                        "workingDaysLate", 3, "deadlineUrl", "http://thidua.example.vn/reports/7/deadline",
                        "taskUrl", "/camunda/app/tasklist/default/")));

        assertThat(mail.subject()).isEqualTo("Chưa nộp sau hạn 3 ngày làm việc: Sơ kết đợt 1 – Trường TH Lê Lợi");
        assertThat(mail.text()).startsWith("Kính gửi Phạm Thị Lan,")
                .contains("Đơn vị trực thuộc Trường TH Lê Lợi vẫn chưa nộp báo cáo",
                        "quá hạn nộp (17:00 ngày 15/12/2026) 3 ngày làm việc",
                        "Xem hạn nộp và gia hạn: http://thidua.example.vn/reports/7/deadline")
                .doesNotContain("[(");
        assertThat(mail.html()).contains("href=\"http://thidua.example.vn/reports/7/deadline\"", FOOTER);
    }

    @Test
    void extensionGivesTheOldAndNewDeadlineAndTheReason() {
        RenderedMail mail = templates.render(new OutboxMail("k", "hoa.nguyen@thle-loi.edu.vn", "Nguyễn Thị Hoa",
                "extended", Map.of("unitName", "Trường TH Lê Lợi", "campaignName", "Phong trào năm học 2026-2027",
                        "reportTitle", "Sơ kết đợt 1 – Trường TH Lê Lợi", "deadline", "17:00 ngày 22/12/2026",
                        "oldDeadline", "17:00 ngày 15/12/2026", "reason", "Hội thi <giáo viên> dạy giỏi",
                        "extendedByUnit", "Phòng GD&ĐT Quận 1", "taskUrl", "/camunda/app/tasklist/default/#/?task=9")));

        assertThat(mail.subject()).isEqualTo("Gia hạn: Sơ kết đợt 1 – Trường TH Lê Lợi đến 17:00 ngày 22/12/2026");
        assertThat(mail.text()).contains("Phòng GD&ĐT Quận 1 đã gia hạn nộp báo cáo", "Hạn cũ: 17:00 ngày 15/12/2026",
                "Hạn mới: 17:00 ngày 22/12/2026", "Lý do: Hội thi <giáo viên> dạy giỏi",
                "Mở công việc: http://thidua.example.vn/camunda/app/tasklist/default/#/?task=9");
        assertThat(mail.html()).contains("Hội thi &lt;giáo viên&gt; dạy giỏi", "Phòng GD&amp;ĐT Quận 1");
    }

    @Test
    void returnedListsTheReasonsEscapedInHtml() {
        RenderedMail mail = templates.render(TestMails.returned("k"));

        assertThat(mail.subject()).isEqualTo("Trả hồ sơ: Sơ kết đợt 1 – Trường TH Lê Lợi – Phong trào năm học 2026-2027");
        assertThat(mail.html()).contains("Phòng GD&amp;ĐT Quận 1", "Số liệu &lt;CSTĐCS&gt; chưa khớp.",
                "17:00 ngày 20/12/2026", FOOTER);
        assertThat(mail.text()).contains("Phòng GD&ĐT Quận 1 đã trả lại báo cáo \"Sơ kết đợt 1 – Trường TH Lê Lợi – Phong trào năm học 2026-2027\"",
                "Lý do trả lại:\nThiếu biên bản họp Hội đồng thi đua.\nSố liệu <CSTĐCS> chưa khớp.",
                "Mở công việc: http://thidua.example.vn/camunda/app/tasklist/", FOOTER);
    }

    @Test
    void anUnknownTemplateFailsAtQueueTime() {
        assertThatThrownBy(() -> templates.render(new OutboxMail("k", "a@b.vn", "A", "khong-co", Map.of())))
                .isInstanceOfAny(NoSuchMessageException.class, TemplateInputException.class);
    }
}
