package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every model in processes/ passes bpmnlint's recommended rules (.bpmnlintrc): every event named, flows merge
 * through gateways, nothing disconnected. bpmnlint is the version pinned in package.json and package-lock.json,
 * installed with {@code npm ci} into target/bpmnlint once and reused while the lock file is unchanged (so the test
 * runs offline after the first time). Skipped with a message where Node.js or npm is missing.
 */
@ExtendWith(SystemNode.class)
class BpmnLintTest {

    static final Path PROCESSES = Path.of("processes");
    static final Path INSTALL = Path.of("target", "bpmnlint");
    static final Path CLI = INSTALL.resolve("node_modules/bpmnlint/bin/bpmnlint.js");

    @BeforeAll
    static void installPinnedBpmnlint() throws IOException {
        Path lock = Path.of("package-lock.json");
        Path installedLock = INSTALL.resolve("package-lock.json");
        if (Files.isRegularFile(CLI) && Files.isRegularFile(installedLock)
                && Arrays.equals(Files.readAllBytes(lock), Files.readAllBytes(installedLock))) {
            return;
        }
        Files.createDirectories(INSTALL);
        Files.copy(Path.of("package.json"), INSTALL.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(lock, installedLock, StandardCopyOption.REPLACE_EXISTING);
        SystemNode.Result npm = SystemNode.run(List.of(SystemNode.onPath("npm").orElseThrow().toString(), "ci",
                "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"), INSTALL, 600);
        assertThat(npm.exitCode()).as("npm ci in %s:%n%s", INSTALL, npm.output()).isZero();
        assertThat(CLI).as("bpmnlint installed by npm ci").isRegularFile();
    }

    @Test
    void processesPassRecommendedRules() throws IOException {
        List<String> models;
        try (Stream<Path> files = Files.list(PROCESSES)) {
            models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().map(Path::toString).toList();
        }
        assertThat(models).as("models in processes/").contains("processes/unit-report.bpmn");

        SystemNode.Result lint = bpmnlint(models);

        assertThat(lint.exitCode()).as("bpmnlint %s:%n%s", String.join(" ", models), lint.output()).isZero();
    }

    /** The linter really reads .bpmnlintrc and fails a model that breaks it: the check above cannot pass empty. */
    @Test
    void linterFailsAnUnnamedEvent() throws IOException {
        Path bad = INSTALL.resolve("unnamed-end.bpmn");
        Files.writeString(bad, """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Bad" \
                targetNamespace="http://thidua.vn/bpmn">
                  <bpmn:process id="Bad" isExecutable="true">
                    <bpmn:startEvent id="Start_Bad" name="Bắt đầu"><bpmn:outgoing>Flow_Bad</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:endEvent id="End_Bad"><bpmn:incoming>Flow_Bad</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_Bad" sourceRef="Start_Bad" targetRef="End_Bad" />
                  </bpmn:process>
                </bpmn:definitions>
                """);

        SystemNode.Result lint = bpmnlint(List.of(bad.toString()));

        assertThat(lint.exitCode()).as(lint.output()).isNotZero();
        assertThat(lint.output()).contains("End_Bad").contains("label-required");
    }

    private static SystemNode.Result bpmnlint(List<String> models) throws IOException {
        List<String> command = new ArrayList<>(List.of(SystemNode.onPath("node").orElseThrow().toString(),
                CLI.toString(), "--config", ".bpmnlintrc", "--max-warnings=0"));
        command.addAll(models);
        return SystemNode.run(command, Path.of("."), 120);
    }
}
