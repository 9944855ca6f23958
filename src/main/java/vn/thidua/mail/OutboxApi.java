package vn.thidua.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.security.CurrentUser;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/** The outbox for automation (monitoring, scripts): administrators only. */
@RestController
@RequestMapping("/api/mail/outbox")
class OutboxApi {

    private final OutboxQueries queries;
    private final MailDispatcher dispatcher;
    private final CurrentUser currentUser;

    OutboxApi(OutboxQueries queries, MailDispatcher dispatcher, CurrentUser currentUser) {
        this.queries = queries;
        this.dispatcher = dispatcher;
        this.currentUser = currentUser;
    }

    /** Newest first; {@code status} one of PENDING, SENDING, SENT, FAILED, or absent for all. */
    @GetMapping
    List<OutboxEntry> list(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        currentUser.requireAdmin();
        if (size < 1 || size > 500 || page < 0) {
            throw new InvalidInputException(Messages.get("outbox.paging.invalid"),
                    List.of(new InputError(0, 0, size < 1 || size > 500 ? "size" : "page",
                            Messages.get("outbox.paging.range", 500))));
        }
        return queries.page(status(status), page, size);
    }

    /** Puts a FAILED mail back in the queue. */
    @PostMapping("/{id}/retry")
    Map<String, Object> retry(@PathVariable long id) {
        currentUser.requireAdmin();
        if (!dispatcher.retry(id)) {
            throw new InvalidInputException(Messages.get("outbox.retry.notFailed"),
                    List.of(new InputError(0, 0, "id", Messages.get("outbox.retry.notFailedOne", id))));
        }
        return Map.of("id", id, "status", MailStatus.PENDING);
    }

    private static MailStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return MailStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Messages.get("outbox.status.invalid"), List.of(new InputError(0, 0,
                    "status", Messages.get("outbox.status.choices", Arrays.toString(MailStatus.values())))));
        }
    }
}
