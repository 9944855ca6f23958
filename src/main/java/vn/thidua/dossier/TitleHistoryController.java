package vn.thidua.dossier;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.nomination.NomineeKeys;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.report.ReportAccess;
import vn.thidua.rules.HeldTitle;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.SignedInUser;

/**
 * The history of titles: administrators load earlier years from a CSV ({@code POST /api/title-history}); a unit
 * and the levels above it read one nominee's titles ({@code GET /api/title-history}).
 */
@RestController
@RequestMapping("/api/title-history")
class TitleHistoryController {

    private final TitleHistoryImport imports;
    private final DecisionRepository history;
    private final ReportAccess access;
    private final CurrentUser currentUser;

    TitleHistoryController(TitleHistoryImport imports, DecisionRepository history, ReportAccess access,
                                  CurrentUser currentUser) {
        this.imports = imports;
        this.history = history;
        this.access = access;
        this.currentUser = currentUser;
    }

    @PostMapping(consumes = {"text/csv", "text/plain", "application/octet-stream", "application/vnd.ms-excel"})
    public TitleHistoryImport.Result importCsv(@RequestBody byte[] csv) {
        currentUser.requireAdmin();
        return imports.importCsv(csv);
    }

    /** A person's titles (with date of birth) or a collective's (without), newest year first. */
    @GetMapping
    public List<HeldTitle> of(@RequestParam String unitCode, @RequestParam String fullName,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate dateOfBirth) {
        SignedInUser user = currentUser.get();
        if (!access.canSeeUnit(user, unitCode)) {
            throw new AccessDeniedException();
        }
        return history.historyOf(dateOfBirth == null ? NomineeKeys.collective(unitCode, fullName)
                : NomineeKeys.person(unitCode, fullName, dateOfBirth));
    }
}
