package vn.thidua.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.deadline.EngineClock;
import vn.thidua.security.AccessDeniedException;
import vn.thidua.security.SignedInUser;
import vn.thidua.web.InputError;
import vn.thidua.web.InvalidInputException;

/** Files attached to a report: checked, stored in our table, read back only by those allowed. */
@Service
public class AttachmentService {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final Set<String> ALLOWED = Set.of("pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "jpg", "jpeg",
            "png", "zip");

    private final ReportRepository reports;
    private final AttachmentRepository attachments;
    private final ReportAccess access;
    private final EngineClock clock;

    public AttachmentService(ReportRepository reports, AttachmentRepository attachments, ReportAccess access,
                             EngineClock clock) {
        this.reports = reports;
        this.attachments = attachments;
        this.access = access;
        this.clock = clock;
    }

    public Report readableReport(SignedInUser user, long reportId) {
        Report report = reports.find(reportId).orElseThrow(
                () -> new AccessDeniedException("Bạn không có quyền xem nội dung này, hoặc nội dung không tồn tại."));
        access.requireCanSeeUnit(user, report.unitCode());
        return report;
    }

    public List<Attachment> list(SignedInUser user, long reportId) {
        readableReport(user, reportId);
        return attachments.list(reportId);
    }

    public Attachment get(SignedInUser user, long reportId, long attachmentId) {
        readableReport(user, reportId);
        return attachments.find(reportId, attachmentId).orElseThrow(
                () -> new java.util.NoSuchElementException("Không tìm thấy tệp đính kèm."));
    }

    /** A file with its bytes, for download. */
    public record Download(Attachment attachment, byte[] content) {
    }

    public Download download(SignedInUser user, long reportId, long attachmentId) {
        Attachment attachment = get(user, reportId, attachmentId);
        return new Download(attachment, attachments.content(attachment.id()));
    }

    @Transactional
    public void upload(SignedInUser user, long reportId, List<MultipartFile> files) {
        Report report = requireEditable(user, reportId);
        List<InputError> errors = new java.util.ArrayList<>();
        List<MultipartFile> present = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (present.isEmpty()) {
            errors.add(new InputError(0, 0, "file", "Chưa chọn tệp nào để tải lên."));
        }
        for (MultipartFile file : present) {
            String name = cleanName(file.getOriginalFilename());
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (!ALLOWED.contains(extension)) {
                errors.add(new InputError(0, 0, "file", "Tệp \"" + name + "\" không thuộc loại được nhận ("
                        + String.join(", ", ALLOWED.stream().sorted().toList()) + ")."));
            } else if (file.getSize() > MAX_BYTES) {
                errors.add(new InputError(0, 0, "file", "Tệp \"" + name + "\" lớn hơn 20 MB."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Chưa tải lên được: có " + errors.size() + " lỗi.", errors);
        }
        for (MultipartFile file : present) {
            try {
                String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
                attachments.insert(report.id(), cleanName(file.getOriginalFilename()), type, file.getBytes(),
                        user.username(), clock.now());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Không đọc được tệp tải lên.", e);
            }
        }
    }

    @Transactional
    public void delete(SignedInUser user, long reportId, long attachmentId) {
        requireEditable(user, reportId);
        attachments.delete(reportId, attachmentId);
    }

    public boolean canEdit(SignedInUser user, Report report) {
        return access.canEditAttachments(user, report);
    }

    private Report requireEditable(SignedInUser user, long reportId) {
        Report report = readableReport(user, reportId);
        if (!access.canEditAttachments(user, report)) {
            throw new AccessDeniedException(report.status().staffOwesWork()
                    ? "Chỉ cán bộ phụ trách của đơn vị mới được thay đổi tệp đính kèm."
                    : "Báo cáo đã nộp (" + report.status().label() + "); không thể thay đổi tệp đính kèm.");
        }
        return report;
    }

    static String cleanName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "tep-dinh-kem";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
