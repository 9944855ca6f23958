package vn.thidua.mail;

import java.util.Map;

/** Mails that look like the ones the processes queue, with Vietnamese data that looks real. */
final class TestMails {

    private TestMails() {
    }

    static OutboxMail reminder(String key, String toAddress, String toName) {
        return new OutboxMail(key, toAddress, toName, "reminder", Map.of(
                "unitName", "Trường TH Lê Lợi",
                "campaignName", "Phong trào năm học 2026-2027",
                "reportTitle", "Sơ kết đợt 1 – Trường TH Lê Lợi – Phong trào năm học 2026-2027",
                "deadline", "17:00 ngày 15/12/2026",
                "daysLeft", 3,
                "taskUrl", "/camunda/app/tasklist/default/#/?task=42"));
    }

    static OutboxMail reminder(String key) {
        return reminder(key, "hoa.nguyen@thle-loi.edu.vn", "Nguyễn Thị Hoa");
    }

    static OutboxMail overdue(String key, String audience) {
        return new OutboxMail(key, "minh.tran@pgd-q1.edu.vn", "Trần Văn Minh", "overdue", Map.of(
                "recipientName", "Trần Văn Minh",
                "unitName", "Trường TH Lê Lợi",
                "campaignName", "Phong trào năm học 2026-2027",
                "reportTitle", "Sơ kết đợt 1 – Trường TH Lê Lợi – Phong trào năm học 2026-2027",
                "deadline", "17:00 ngày 15/12/2026",
                "taskUrl", "http://thidua.example.vn/camunda/app/tasklist/",
                "audience", audience));
    }

    static OutboxMail returned(String key) {
        return new OutboxMail(key, "hoa.nguyen@thle-loi.edu.vn", "Nguyễn Thị Hoa", "returned", Map.of(
                "recipientName", "Nguyễn Thị Hoa",
                "unitName", "Trường TH Lê Lợi",
                "reportTitle", "Sơ kết đợt 1 – Trường TH Lê Lợi – Phong trào năm học 2026-2027",
                "reasons", "Thiếu biên bản họp Hội đồng thi đua.\nSố liệu <CSTĐCS> chưa khớp.",
                "newDeadline", "17:00 ngày 20/12/2026",
                "reviewerUnitName", "Phòng GD&ĐT Quận 1",
                "taskUrl", "/camunda/app/tasklist/"));
    }
}
