package vn.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.exceptions.TemplateInputException;

class MailTemplatesTest {

    private static final String FOOTER = "Thư này được gửi tự động từ hệ thống Thi đua.";

    private final MailTemplates templates = new MailTemplates(messages(), new MailProperties(
            "Thi đua <thidua@localhost>", "http://thidua.example.vn/", Duration.ofSeconds(10), 3,
            Duration.ofSeconds(30), 50, Duration.ofMinutes(2), new MailProperties.Dispatcher(false)));

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
