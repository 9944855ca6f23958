package vn.thidua.process;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Node.js and npm found on PATH (Debian: {@code nodejs}, {@code npm}; .ci/run installs them when missing). Where
 * either is missing, or Node.js is older than the linter needs, the tests that run npm packages are skipped with a
 * message saying what to install.
 */
final class SystemNode implements ExecutionCondition {

    /** bpmnlint 11 declares Node.js 20 or later. */
    static final int MIN_NODE_MAJOR = 20;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Path> node = onPath("node");
        Optional<Path> npm = onPath("npm");
        if (node.isEmpty() || npm.isEmpty()) {
            return ConditionEvaluationResult.disabled("BPMN lint skipped: " + (node.isEmpty() ? "node" : "npm")
                    + " not found on PATH. Install Node.js " + MIN_NODE_MAJOR + "+ and npm (apt-get install nodejs "
                    + "npm; .ci/run does).");
        }
        String version;
        try {
            version = run(List.of(node.get().toString(), "--version"), Path.of("."), 30).output().strip();
        } catch (IOException e) {
            return ConditionEvaluationResult.disabled("BPMN lint skipped: " + node.get() + " --version failed: " + e);
        }
        int major = version.matches("v\\d+\\..*") ? Integer.parseInt(version.substring(1, version.indexOf('.'))) : 0;
        if (major < MIN_NODE_MAJOR) {
            return ConditionEvaluationResult.disabled("BPMN lint skipped: Node.js " + version + " at " + node.get()
                    + " is older than " + MIN_NODE_MAJOR + ", which bpmnlint needs.");
        }
        return ConditionEvaluationResult.enabled("Node.js " + version + " at " + node.get() + ", npm at " + npm.get());
    }

    static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** What a command printed (standard output and error together) and how it exited. */
    record Result(int exitCode, String output) {
    }

    /** Runs {@code command} in {@code dir}, waiting at most {@code timeoutSeconds}; a command still running fails. */
    static Result run(List<String> command, Path dir, long timeoutSeconds) throws IOException {
        Path log = Files.createTempFile("node-run", ".log");
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " still running after " + timeoutSeconds + " s:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
