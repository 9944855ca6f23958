package vn.thidua.org;

import java.util.ArrayList;
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
public class OrgController {

    private final OrgImportService imports;
    private final OrgRepository repository;
    private final CurrentUser currentUser;

    public OrgController(OrgImportService imports, OrgRepository repository, CurrentUser currentUser) {
        this.imports = imports;
        this.repository = repository;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/units", consumes = {"text/csv", "text/plain", "application/octet-stream",
            "application/vnd.ms-excel"})
    public ImportResult importUnits(@RequestBody byte[] csv) {
        currentUser.requireAdmin();
        return imports.importUnits(csv);
    }

    @PostMapping(path = "/users", consumes = {"text/csv", "text/plain", "application/octet-stream",
            "application/vnd.ms-excel"})
    public ImportResult importUsers(@RequestBody byte[] csv) {
        currentUser.requireAdmin();
        return imports.importUsers(csv);
    }

    @GetMapping("/units")
    public List<Unit> units() {
        currentUser.requireAdmin();
        List<Unit> units = new ArrayList<>(repository.allUnits().values());
        units.sort(java.util.Comparator.comparing(Unit::code));
        return units;
    }
}
