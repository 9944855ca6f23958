package vn.thidua.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.deadline.EngineClock;
import vn.thidua.org.OrgDirectory;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.security.SignedInUser;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/**
 * Files attached to a report: checked, stored in our table, read back only by those allowed. The report's open task
 * lists them in its form ({@link AttachmentSummary}): every upload and deletion rewrites that list once committed, so
 * the secretary sees her file there as soon as she returns to the task.
 */
@Service
public class AttachmentService {

    private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);
    private static final int REFRESH_ATTEMPTS = 5;

    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final Set<String> ALLOWED = Set.of("pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "jpg", "jpeg",
            "png", "zip");

    private final ReportRepository reports;
    private final AttachmentRepository attachments;
    private final ReportAccess access;
    private final EngineClock clock;
    private final OrgDirectory org;
    private final TaskService tasks;
    private final ReportContext context;
    private final TransactionTemplate separately;

    AttachmentService(ReportRepository reports, AttachmentRepository attachments, ReportAccess access,
                             EngineClock clock, OrgDirectory org, TaskService tasks, ReportContext context,
                             PlatformTransactionManager transactions) {
        this.reports = reports;
        this.attachments = attachments;
        this.access = access;
        this.clock = clock;
        this.org = org;
        this.tasks = tasks;
        this.context = context;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The attachments page of a report.
     *
     * @param openTaskId the report's open task, for a link straight back to its form; null when none is open
     */
    public record AttachmentPage(String title, Report report, List<Attachment> attachments, boolean canEdit,
                                 String openTaskId) {
    }

    public AttachmentPage page(SignedInUser user, long reportId) {
        Report report = readableReport(user, reportId);
        return new AttachmentPage(context.of(reportId).title(), report, list(user, reportId), canEdit(user, report),
                openTaskId(report).orElse(null));
    }

    /** Uploads the files (all or none) and gives the report's attachments after it. */
    public List<Attachment> add(SignedInUser user, long reportId, List<MultipartFile> files) {
        upload(user, reportId, files);
        return list(user, reportId);
    }

    Report readableReport(SignedInUser user, long reportId) {
        Report report = reports.find(reportId).orElseThrow(AccessDeniedException::new);
        access.requireCanSeeReport(user, report);
        return report;
    }

    public List<Attachment> list(SignedInUser user, long reportId) {
        readableReport(user, reportId);
        return attachments.list(reportId);
    }

    public Attachment get(SignedInUser user, long reportId, long attachmentId) {
        readableReport(user, reportId);
        return attachments.find(reportId, attachmentId).orElseThrow(
                () -> new java.util.NoSuchElementException(Messages.get("report.attachments.notFound")));
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
            errors.add(new InputError(0, 0, "file", Messages.get("report.attachments.none")));
        }
        for (MultipartFile file : present) {
            String name = cleanName(file.getOriginalFilename());
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (!ALLOWED.contains(extension)) {
                errors.add(new InputError(0, 0, "file", Messages.get("report.attachments.type", name,
                        String.join(", ", ALLOWED.stream().sorted().toList()))));
            } else if (file.getSize() > MAX_BYTES) {
                errors.add(new InputError(0, 0, "file", Messages.get("report.attachments.tooLarge", name)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Messages.get("report.attachments.invalid", errors.size()), errors);
        }
        for (MultipartFile file : present) {
            try {
                String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
                attachments.insert(report.id(), cleanName(file.getOriginalFilename()), type, file.getBytes(),
                        user.username(), clock.now());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot read the uploaded file", e);
            }
        }
        refreshFormsAfterCommit(report);
    }

    /**
     * Attaches a file another module produced for the report (a roll-up as it stood when the report was sent),
     * replacing the one it attached earlier under the same name, so a step that runs twice keeps one copy. In the
     * caller's transaction: the file is there exactly when what produced it happened.
     */
    @Transactional
    public void attachProduced(long reportId, String fileName, String contentType, byte[] content, String by) {
        Report report = reports.get(reportId);
        String name = cleanName(fileName);
        attachments.list(reportId).stream().filter(a -> a.fileName().equals(name))
                .forEach(a -> attachments.delete(reportId, a.id()));
        attachments.insert(reportId, name, contentType, content, by, clock.now());
        refreshFormsAfterCommit(report);
    }

    @Transactional
    public void delete(SignedInUser user, long reportId, long attachmentId) {
        Report report = requireEditable(user, reportId);
        attachments.delete(reportId, attachmentId);
        refreshFormsAfterCommit(report);
    }

    /** Once the change is committed, so that two uploads at once never fail each other. */
    private void refreshFormsAfterCommit(Report report) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refreshForms(report);
                }
            });
        } else {
            refreshForms(report);
        }
    }

    /**
     * Rewrites the attachment list of the report's open tasks whose form shows it. Each try reads the committed
     * files afresh, so when two uploads race, the one retried after the other's write lists both. The file is
     * stored whatever happens here; a list left stale is rewritten when the next task opens.
     */
    void refreshForms(Report report) {
        if (report.processInstanceId() == null) {
            return;
        }
        for (int attempt = 1; attempt <= REFRESH_ATTEMPTS; attempt++) {
            try {
                separately.executeWithoutResult(status -> {
                    String text = AttachmentSummary.markdown(attachments.list(report.id()), org);
                    for (Task task : tasks.createTaskQuery().processInstanceId(report.processInstanceId()).list()) {
                        if (tasks.getVariablesLocal(task.getId(), List.of(FormFields.ATTACHMENT_NAMES))
                                .containsKey(FormFields.ATTACHMENT_NAMES)) {
                            tasks.setVariableLocal(task.getId(), FormFields.ATTACHMENT_NAMES, text);
                        }
                    }
                });
                return;
            } catch (OptimisticLockingException e) {
                log.debug("Attachment list of report {} changed meanwhile; reading it again", report.id());
            } catch (RuntimeException e) {
                log.warn("Attachment list of report {} not rewritten in its task form", report.id(), e);
                return;
            }
        }
        log.warn("Attachment list of report {} not rewritten after {} attempts", report.id(), REFRESH_ATTEMPTS);
    }

    /** The report's open task, for a link straight back to its form. */
    public Optional<String> openTaskId(Report report) {
        return report.processInstanceId() == null ? Optional.empty()
                : tasks.createTaskQuery().processInstanceId(report.processInstanceId()).list().stream()
                        .map(Task::getId).findFirst();
    }

    public boolean canEdit(SignedInUser user, Report report) {
        return access.canEditAttachments(user, report);
    }

    private Report requireEditable(SignedInUser user, long reportId) {
        Report report = readableReport(user, reportId);
        if (!access.canEditAttachments(user, report)) {
            throw new AccessDeniedException(report.status().staffOwesWork()
                    ? Messages.get("report.attachments.staffOnly")
                    : Messages.get("report.attachments.submitted", report.status().label()));
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
