package vn.thidua.report;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.security.SignedInUser;

/**
 * A report's attachments for tests of other modules: files uploaded as the attachment page uploads them, and the
 * ids of what a report holds.
 */
@Component
public class ReportAttachments {

    private final AttachmentService attachments;
    private final AttachmentRepository rows;

    ReportAttachments(AttachmentService attachments, AttachmentRepository rows) {
        this.attachments = attachments;
        this.rows = rows;
    }

    /** Uploads as the user on the report's attachment page, with the same checks. */
    public void upload(SignedInUser user, long reportId, List<MultipartFile> files) {
        attachments.upload(user, reportId, files);
    }

    /** The ids of the report's attachments, oldest first. */
    public List<Long> ids(long reportId) {
        return rows.list(reportId).stream().map(Attachment::id).toList();
    }
}
