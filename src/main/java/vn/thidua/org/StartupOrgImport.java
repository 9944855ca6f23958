package vn.thidua.org;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.thidua.problem.InvalidInputException;

/** Imports units.csv, then users.csv, from {@code thidua.org.import-dir} on start-up; a bad file stops the start. */
@Component
@Order(10)
class StartupOrgImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupOrgImport.class);

    private final OrgProperties properties;
    private final OrgImportService imports;

    StartupOrgImport(OrgProperties properties, OrgImportService imports) {
        this.properties = properties;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (properties.importDir() == null || properties.importDir().isBlank()) {
            return;
        }
        Path dir = Path.of(properties.importDir());
        importFile(dir.resolve("units.csv"), true);
        importFile(dir.resolve("users.csv"), false);
    }

    private void importFile(Path file, boolean units) throws IOException {
        if (!Files.isRegularFile(file)) {
            log.info("No {} to import", file);
            return;
        }
        try {
            byte[] csv = Files.readAllBytes(file);
            log.info("Imported {}: {}", file, units ? imports.importUnits(csv) : imports.importUsers(csv));
        } catch (InvalidInputException e) {
            StringBuilder lines = new StringBuilder(e.getMessage());
            e.errors().forEach(err -> lines.append("\n  line ").append(err.line()).append(", column ")
                    .append(err.column()).append(": ").append(err.message()));
            log.error("{}", lines);
            throw e;
        }
    }
}
