package vn.thidua.report;

import java.time.OffsetDateTime;

/** A file attached to a report (biên bản, báo cáo …); the bytes are read separately. */
public record Attachment(long id, long reportId, String fileName, String contentType, long sizeBytes,
                         String uploadedBy, OffsetDateTime uploadedAt) {
}
