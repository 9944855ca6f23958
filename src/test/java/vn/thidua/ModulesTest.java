package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are modules: no cycle between them, none reaching into another's sub-packages (its
 * internals), and the module diagram in docs/modules is the one the code draws today.
 *
 * <p>After a change of the modules, regenerate the committed diagram with
 * {@code ./mvnw -q test -Dtest=ModulesTest -Dthidua.modules.write-docs=true} and commit docs/modules.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(ThiDuaApplication.class);
    static final Path COMMITTED = Path.of("docs/modules");

    @Test
    void modulesKeepTheirRules() {
        MODULES.verify();
    }

    @Test
    void committedDiagramIsUpToDate() throws IOException {
        boolean write = Boolean.getBoolean("thidua.modules.write-docs");
        Path out = write ? COMMITTED : Path.of("target/modules-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml();
        if (write) {
            return;
        }
        Map<String, String> drawn = files(out);
        assertThat(drawn).as("the Documenter wrote nothing").isNotEmpty();
        List<String> stale = new ArrayList<>();
        Map<String, String> committed = files(COMMITTED);
        drawn.forEach((name, text) -> {
            if (!text.equals(committed.get(name))) {
                stale.add(name);
            }
        });
        committed.keySet().stream().filter(name -> !drawn.containsKey(name)).forEach(stale::add);
        assertThat(stale).as("docs/modules is out of date; regenerate it with ./mvnw -q test -Dtest=ModulesTest "
                + "-Dthidua.modules.write-docs=true and commit it").isEmpty();
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.filter(Files::isRegularFile).forEach(path -> {
                try {
                    String name = folder.relativize(path).toString();
                    String text = Files.readString(path, StandardCharsets.UTF_8);
                    // The Documenter writes a diagram's relations, and a module's list of events, in no fixed order
                    // (a blank line moving with them): compare the lines as a set, blank ones left out.
                    files.put(name, text.lines().filter(line -> !line.isBlank()).sorted().toList().toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }
}
