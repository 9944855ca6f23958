package vn.thidua.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.org.OrgRepository.PersonRecord;
import vn.thidua.security.SignedInUser;

/**
 * Imports units.csv and users.csv into our tables and Camunda's identity, all or nothing: a file with any bad
 * line is rejected whole with every error listed, and nothing is written. Importing the same file again
 * changes nothing.
 */
@Service
public class OrgImportService {

    private static final Logger log = LoggerFactory.getLogger(OrgImportService.class);

    private final OrgRepository repository;
    private final CamundaIdentitySync identity;
    private final ApplicationEventPublisher events;

    OrgImportService(OrgRepository repository, CamundaIdentitySync identity, ApplicationEventPublisher events) {
        this.repository = repository;
        this.identity = identity;
        this.events = events;
    }

    /** An administrator imports units.csv (from the API). */
    @Transactional
    public ImportResult importUnits(SignedInUser admin, byte[] csv) {
        admin.requireAdmin();
        return importUnits(csv);
    }

    /** An administrator imports users.csv (from the API). */
    @Transactional
    public ImportResult importUsers(SignedInUser admin, byte[] csv) {
        admin.requireAdmin();
        return importUsers(csv);
    }

    /** Every unit, by code, for administrators. */
    public List<Unit> units(SignedInUser admin) {
        admin.requireAdmin();
        List<Unit> units = new ArrayList<>(repository.allUnits().values());
        units.sort(Comparator.comparing(Unit::code));
        return units;
    }

    @Transactional
    public ImportResult importUnits(byte[] csv) {
        Map<String, Unit> stored = repository.allUnits();
        UnitsCsv.UnitsFile file = UnitsCsv.read(csv, stored);
        List<Unit> units = file.units();
        Map<String, List<String>> storedBodies = file.otherBodies() == null ? Map.of() : repository.allOtherBodies();
        int created = 0;
        int updated = 0;
        for (Unit unit : units) {
            if (!stored.containsKey(unit.code())) {
                repository.insertUnit(unit);
            }
        }
        for (Unit unit : units) {
            Unit before = stored.get(unit.code());
            boolean rowChanged = !unit.equals(before);
            if (rowChanged) {
                repository.updateUnit(unit);
            }
            boolean camundaChanged = identity.syncUnit(unit);
            if (file.otherBodies() != null) {
                List<String> bodies = file.otherBodies().get(unit.code());
                if (!new java.util.HashSet<>(bodies).equals(
                        new java.util.HashSet<>(storedBodies.getOrDefault(unit.code(), List.of())))) {
                    // Inserted after every unit of the file exists: a body may come later in the file.
                    repository.replaceOtherBodies(unit.code(), bodies);
                    rowChanged = true;
                }
            }
            if (before == null) {
                created++;
            } else if (rowChanged || camundaChanged) {
                updated++;
            }
        }
        ImportResult result = new ImportResult(created, updated, units.size() - created - updated);
        log.info("Imported units: {}", result);
        events.publishEvent(new UnitsImported(result));
        return result;
    }

    @Transactional
    public ImportResult importUsers(byte[] csv) {
        Map<String, PersonRecord> stored = repository.allPeople();
        List<PersonRecord> people = UsersCsv.parse(csv, code -> repository.findUnit(code).isPresent(),
                username -> !stored.containsKey(username) && identity.userExists(username));
        int created = 0;
        int updated = 0;
        int rows = 0;
        List<String> newAccounts = new java.util.ArrayList<>();
        for (PersonRecord person : people) {
            rows += person.roles().size();
            PersonRecord before = stored.get(person.username());
            boolean rowChanged = !person.equals(before);
            if (rowChanged) {
                repository.upsertPerson(person, before != null);
            }
            boolean camundaChanged = identity.syncPerson(person);
            if (before == null) {
                created += person.roles().size();
                newAccounts.add(person.username());
            } else if (rowChanged || camundaChanged) {
                updated += person.roles().size();
            }
        }
        ImportResult result = new ImportResult(created, updated, rows - created - updated);
        log.info("Imported users: {}", result);
        events.publishEvent(new UsersImported(newAccounts));
        return result;
    }
}
