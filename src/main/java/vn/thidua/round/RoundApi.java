package vn.thidua.round;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.problem.InvalidInputException;
import vn.thidua.round.RoundViews.AdHocView;
import vn.thidua.round.RoundViews.ScheduleView;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/**
 * Report schedules and ad-hoc requests for automation: {@code /api/report-schedules} and
 * {@code /api/adhoc-reports}; bad input is a 400 problem detail listing every error, and nothing is saved.
 */
@RestController
@RequestMapping("/api")
class RoundApi {

    private final ReportSchedules schedules;
    private final AdHocRequests adHoc;
    private final RoundViews views;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    RoundApi(ReportSchedules schedules, AdHocRequests adHoc, RoundViews views, CurrentUser currentUser,
             ObjectMapper json) {
        this.schedules = schedules;
        this.adHoc = adHoc;
        this.views = views;
        this.currentUser = currentUser;
        this.json = json;
    }

    @GetMapping("/report-schedules")
    List<ScheduleView> schedules() {
        SignedInUser user = currentUser.get();
        return schedules.visibleTo(user).stream().map(s -> views.schedule(user, s)).toList();
    }

    @PostMapping(path = "/report-schedules", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ScheduleView> createSchedule(@RequestBody ScheduleInput input) {
        SignedInUser user = currentUser.get();
        long id = schedules.create(input, user);
        return ResponseEntity.created(URI.create("/api/report-schedules/" + id))
                .body(views.schedule(user, schedules.get(user, id)));
    }

    @GetMapping("/report-schedules/{id}")
    ScheduleView schedule(@PathVariable long id) {
        SignedInUser user = currentUser.get();
        return views.schedule(user, schedules.get(user, id));
    }

    @PostMapping("/report-schedules/{id}/pause")
    ScheduleView pause(@PathVariable long id) {
        SignedInUser user = currentUser.get();
        schedules.pause(user, id);
        return views.schedule(user, schedules.get(user, id));
    }

    @PostMapping("/report-schedules/{id}/resume")
    ScheduleView resume(@PathVariable long id) {
        SignedInUser user = currentUser.get();
        schedules.resume(user, id);
        return views.schedule(user, schedules.get(user, id));
    }

    @PostMapping("/report-schedules/{id}/end")
    ScheduleView end(@PathVariable long id) {
        SignedInUser user = currentUser.get();
        schedules.end(user, id);
        return views.schedule(user, schedules.get(user, id));
    }

    @GetMapping("/adhoc-reports")
    List<AdHocView> adHocRequests() {
        return views.adHocList(currentUser.get());
    }

    @PostMapping(path = "/adhoc-reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AdHocView> createAdHoc(@RequestBody AdHocInput input) {
        return created(input, null);
    }

    /** The request as JSON in the part {@code request}, the attachment template in the part {@code template}. */
    @PostMapping(path = "/adhoc-reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AdHocView> createAdHocWithTemplate(@RequestPart(name = "request", required = false) String request,
                                                      @RequestPart(name = "template", required = false)
                                                      MultipartFile template) throws IOException {
        if (request == null || request.isBlank()) {
            throw new InvalidInputException(Messages.get("round.api.requestPartMissing"));
        }
        AdHocInput input;
        try {
            input = json.readValue(request, AdHocInput.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(Messages.get("round.api.requestPartInvalid"));
        }
        return created(input, RoundPages.template(template));
    }

    private ResponseEntity<AdHocView> created(AdHocInput input, UploadedTemplate template) {
        SignedInUser user = currentUser.get();
        long id = adHoc.create(input, template, user);
        return ResponseEntity.created(URI.create("/api/adhoc-reports/" + id))
                .body(views.adHoc(adHoc.get(user, id)));
    }

    @GetMapping("/adhoc-reports/{id}")
    AdHocView adHocRequest(@PathVariable long id) {
        return views.adHoc(adHoc.get(currentUser.get(), id));
    }

    @GetMapping("/adhoc-reports/{id}/template")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        return download(adHoc.template(currentUser.get(), id));
    }

    static ResponseEntity<byte[]> download(UploadedTemplate template) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(template.contentType());
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(template.name(), StandardCharsets.UTF_8).build().toString())
                .body(template.content());
    }
}
