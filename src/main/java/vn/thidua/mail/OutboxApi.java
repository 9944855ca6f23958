package vn.thidua.mail;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.security.CurrentUser;

/** The outbox for automation (monitoring, scripts): administrators only. */
@RestController
@RequestMapping("/api/mail/outbox")
class OutboxApi {

    private final OutboxAdministration outbox;
    private final CurrentUser currentUser;

    OutboxApi(OutboxAdministration outbox, CurrentUser currentUser) {
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    /** Newest first; {@code status} one of PENDING, SENDING, SENT, FAILED, or absent for all. */
    @GetMapping
    List<OutboxEntry> list(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return outbox.page(currentUser.get(), status, page, size);
    }

    /** Puts a FAILED mail back in the queue. */
    @PostMapping("/{id}/retry")
    Map<String, Object> retry(@PathVariable long id) {
        outbox.retryFailed(currentUser.get(), id);
        return Map.of("id", id, "status", MailStatus.PENDING);
    }
}
