package vn.thidua.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Service;

import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/** The outbox as administrators read it and act on it (page and API): what was sent, what waits, what failed. */
@Service
class OutboxAdministration {

    static final int PAGE_SIZE = 50;
    static final int MAX_API_PAGE_SIZE = 500;

    private final OutboxQueries queries;
    private final MailDispatcher dispatcher;

    OutboxAdministration(OutboxQueries queries, MailDispatcher dispatcher) {
        this.queries = queries;
        this.dispatcher = dispatcher;
    }

    /** One page of the administrators' list, with the count of every mail of that status. */
    record ListPage(List<OutboxEntry> mails, MailStatus status, int page, long total, boolean hasNext) {
    }

    ListPage listPage(SignedInUser user, MailStatus status, int page) {
        user.requireAdmin();
        int current = Math.max(page, 0);
        long total = queries.count(status);
        return new ListPage(queries.page(status, current, PAGE_SIZE), status, current, total,
                (long) (current + 1) * PAGE_SIZE < total);
    }

    /**
     * Newest first, for the API: {@code status} one of PENDING, SENDING, SENT, FAILED, or absent for all; a page size
     * from 1 to {@value #MAX_API_PAGE_SIZE}.
     */
    List<OutboxEntry> page(SignedInUser user, String status, int page, int size) {
        user.requireAdmin();
        if (size < 1 || size > MAX_API_PAGE_SIZE || page < 0) {
            throw new InvalidInputException(Messages.get("outbox.paging.invalid"),
                    List.of(new InputError(0, 0, size < 1 || size > MAX_API_PAGE_SIZE ? "size" : "page",
                            Messages.get("outbox.paging.range", MAX_API_PAGE_SIZE))));
        }
        return queries.page(status(status), page, size);
    }

    OutboxQueries.OutboxMailView mail(SignedInUser user, long id) {
        user.requireAdmin();
        return queries.find(id).orElseThrow(() -> new NoSuchElementException(Messages.get("outbox.notFound", id)));
    }

    /** Puts a FAILED mail back in the queue; false when it is not FAILED (any more). */
    boolean retry(SignedInUser user, long id) {
        user.requireAdmin();
        return dispatcher.retry(id);
    }

    /** As {@link #retry}, refusing a mail that is not FAILED with a message naming it. */
    void retryFailed(SignedInUser user, long id) {
        if (!retry(user, id)) {
            throw new InvalidInputException(Messages.get("outbox.retry.notFailed"),
                    List.of(new InputError(0, 0, "id", Messages.get("outbox.retry.notFailedOne", id))));
        }
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
