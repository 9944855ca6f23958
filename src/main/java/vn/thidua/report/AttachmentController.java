package vn.thidua.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.problem.AccessDeniedException;
import vn.thidua.security.CurrentUser;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/**
 * Attachments of a report. Tasklist's forms link to the page {@code /reports/{id}/attachments} (the session of
 * the Camunda webapps signs the user in); automation uses {@code /api/reports/{id}/attachments}.
 */
@Controller
class AttachmentController {

    private static final String TASKLIST = "/camunda/app/tasklist/default/";

    private final AttachmentService service;
    private final CurrentUser currentUser;

    AttachmentController(AttachmentService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GetMapping("/reports/{reportId}/attachments")
    public String page(@PathVariable long reportId, Model model) {
        AttachmentService.AttachmentPage page = service.page(currentUser.get(), reportId);
        model.addAttribute("title", page.title());
        model.addAttribute("report", page.report());
        model.addAttribute("attachments", page.attachments());
        model.addAttribute("canEdit", page.canEdit());
        model.addAttribute("backUrl", TASKLIST + (page.openTaskId() == null ? "" : "#/?task=" + page.openTaskId()));
        return "report/attachments";
    }

    @PostMapping("/reports/{reportId}/attachments")
    public String upload(@PathVariable long reportId, @RequestParam(name = "file", required = false) List<MultipartFile> files,
                         RedirectAttributes redirect) {
        try {
            service.upload(currentUser.get(), reportId, files);
            redirect.addFlashAttribute("message", Messages.get("report.attachments.uploaded"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.errors().stream().map(InputError::message).toList());
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return "redirect:/reports/" + reportId + "/attachments";
    }

    @PostMapping("/reports/{reportId}/attachments/{attachmentId}/delete")
    public String delete(@PathVariable long reportId, @PathVariable long attachmentId, RedirectAttributes redirect) {
        try {
            service.delete(currentUser.get(), reportId, attachmentId);
            redirect.addFlashAttribute("message", Messages.get("report.attachments.deleted"));
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return "redirect:/reports/" + reportId + "/attachments";
    }

    @GetMapping({"/reports/{reportId}/attachments/{attachmentId}", "/api/reports/{reportId}/attachments/{attachmentId}"})
    public ResponseEntity<byte[]> download(@PathVariable long reportId, @PathVariable long attachmentId) {
        AttachmentService.Download file = service.download(currentUser.get(), reportId, attachmentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(file.content());
    }

    @GetMapping(path = "/api/reports/{reportId}/attachments", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public List<Attachment> list(@PathVariable long reportId) {
        return service.list(currentUser.get(), reportId);
    }

    @PostMapping(path = "/api/reports/{reportId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public List<Attachment> uploadApi(@PathVariable long reportId,
                                      @RequestParam(name = "file", required = false) List<MultipartFile> files) {
        return service.add(currentUser.get(), reportId, files);
    }
}
