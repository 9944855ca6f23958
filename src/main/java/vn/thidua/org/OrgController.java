package vn.thidua.org;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.security.CurrentUser;

/** Administrators load the organisation: {@code POST /api/org/units} and {@code /api/org/users} with a CSV body. */
@RestController
@RequestMapping("/api/org")
class OrgController {

    private final OrgImportService imports;
    private final CurrentUser currentUser;

    OrgController(OrgImportService imports, CurrentUser currentUser) {
        this.imports = imports;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/units", consumes = {"text/csv", "text/plain", "application/octet-stream",
            "application/vnd.ms-excel"})
    public ImportResult importUnits(@RequestBody byte[] csv) {
        return imports.importUnits(currentUser.get(), csv);
    }

    @PostMapping(path = "/users", consumes = {"text/csv", "text/plain", "application/octet-stream",
            "application/vnd.ms-excel"})
    public ImportResult importUsers(@RequestBody byte[] csv) {
        return imports.importUsers(currentUser.get(), csv);
    }

    @GetMapping("/units")
    public List<Unit> units() {
        return imports.units(currentUser.get());
    }
}
