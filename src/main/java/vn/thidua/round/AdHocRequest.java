package vn.thidua.round;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An ad-hoc request (báo cáo đột xuất): one round, opened at once. */
record AdHocRequest(long id, String topic, String rootUnitCode, long campaignId, LocalDate dueOn, String instructions,
                    boolean askCounts, Receivers receivers, String templateName, String templateContentType,
                    String createdBy, OffsetDateTime createdAt, String processInstanceId) {

    boolean hasTemplate() {
        return templateName != null;
    }
}
