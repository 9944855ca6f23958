package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Camunda Forms in processes/forms are read by the Tasklist of Camunda 7.24, which bundles form-js with
 * schema version 16. Their field keys are process variables, a contract with the BPMN and the Java code, so a
 * renamed key must fail here and not in front of a school secretary.
 */
class FormDefinitionsTest {

    private static final Path FORMS = Path.of("processes", "forms");

    /** form-js of Camunda 7.24's Tasklist; a newer schema would not load there. */
    private static final int MAX_SCHEMA_VERSION = 16;

    /** Labels that may stay without Vietnamese letters (none so far: a label like "Email" would go here). */
    private static final Set<String> ASCII_LABELS_ALLOWED = Set.of();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyFormIsWellFormed() throws IOException {
        List<Path> files = formFiles();
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> checkForm(file)));
    }

    @Test
    void campaignLaunchFormHasTheStartVariables() throws IOException {
        Form form = Form.read("campaign-launch");
        assertThat(form.keys()).contains("campaignName", "schoolYear", "leadDays", "ruleSetId");
        JsonNode ruleSet = form.field("ruleSetId");
        assertThat(ruleSet.path("type").asText()).isEqualTo("select");
        assertThat(form.values("ruleSetId")).containsExactly("giao-duc-2025", "cong-doan-2024");
        assertThat(ruleSet.path("defaultValue").asText()).isEqualTo("giao-duc-2025");
        for (String id : form.values("ruleSetId")) {
            assertThat(Path.of("processes", "rules", id, "ruleset.json")).as("shipped rule set " + id).exists();
        }
        assertThat(form.field("schoolYear").path("validate").path("pattern").asText()).isEqualTo("^[0-9]{4}-[0-9]{4}$");
        JsonNode leadDays = form.field("leadDays");
        assertThat(leadDays.path("type").asText()).isEqualTo("number");
        assertThat(leadDays.path("validate").path("required").asBoolean(false)).isFalse();
        assertThat(leadDays.path("validate").path("min").asInt()).isEqualTo(1);
        assertThat(leadDays.path("validate").path("max").asInt()).isEqualTo(60);

        // Tasklist 7.24 counts a form-js dynamic list's empty error entries as errors and never enables Start,
        // so the form has one group of fields per phase (phase1…, phase2…).
        assertThat(form.components()).noneMatch(c -> c.path("type").asText().equals("dynamiclist"));
        for (int n = 1; n <= 2; n++) {
            assertThat(form.field("phase" + n + "Name").path("validate").path("required").asBoolean()).isTrue();
            for (String date : List.of("StartsOn", "EndsOn", "ReportDeadline")) {
                JsonNode field = form.field("phase" + n + date);
                assertThat(field.path("type").asText()).as(date).isEqualTo("datetime");
                assertThat(field.path("subtype").asText()).as(date).isEqualTo("date");
                assertThat(field.path("validate").path("required").asBoolean()).as(date).isTrue();
            }
        }
    }

    @Test
    void reportPrepareFormHasTheReportFieldsAndShowsTheTaskVariables() throws IOException {
        Form form = Form.read("report-prepare");
        assertThat(form.keys()).containsExactlyInAnyOrder("summary", "staffCount", "registeredCount", "highlights");
        assertThat(form.field("summary").path("validate").path("minLength").asInt()).isEqualTo(20);
        assertThat(form.field("staffCount").path("decimalDigits").asInt(-1)).isZero();
        for (String key : List.of("summary", "staffCount", "registeredCount")) {
            assertThat(form.field(key).path("validate").path("required").asBoolean()).as(key).isTrue();
        }
        assertThat(form.field("highlights").path("validate").path("required").asBoolean(false)).isFalse();
        assertThat(form.shownVariables()).contains("reportTitle", "deadlineLabel", "returnReasons", "headComment",
                "childrenSummary", "attachmentsUrl", "attachmentNames");
        // Engine-provided blocks only appear when they have something to say.
        assertThat(form.hideConditions()).anyMatch(c -> c.contains("returnReasons"))
                .anyMatch(c -> c.contains("headComment")).anyMatch(c -> c.contains("childrenSummary"));
    }

    @Test
    void reportApproveFormAsksTheHeadToSignOrSendBack() throws IOException {
        Form form = Form.read("report-approve");
        assertThat(form.keys()).containsExactlyInAnyOrder("headDecision", "headComment");
        assertThat(form.values("headDecision")).containsExactly("approve", "sendBack");
        assertThat(form.field("headComment").path("validate").path("required").asBoolean()).isTrue();
        assertThat(form.field("headComment").path("conditional").path("hide").asText()).contains("headDecision", "sendBack");
        assertThat(form.shownVariables()).contains("reportTitle", "deadlineLabel", "summary", "staffCount",
                "registeredCount", "highlights", "attachmentsUrl", "attachmentNames");
    }

    @Test
    void reportReviewFormLetsTheParentAcceptOrReturn() throws IOException {
        Form form = Form.read("report-review");
        assertThat(form.keys()).containsExactlyInAnyOrder("reviewDecision", "returnReasons", "newDeadline");
        assertThat(form.values("reviewDecision")).containsExactly("accept", "return");
        for (String key : List.of("returnReasons", "newDeadline")) {
            assertThat(form.field(key).path("validate").path("required").asBoolean()).as(key).isTrue();
            assertThat(form.field(key).path("conditional").path("hide").asText()).as(key).contains("reviewDecision", "return");
        }
        assertThat(form.field("returnReasons").path("validate").path("minLength").asInt()).isEqualTo(10);
        assertThat(form.field("newDeadline").path("subtype").asText()).isEqualTo("date");
        assertThat(form.shownVariables()).contains("reportTitle", "unitName", "submittedLabel", "summary", "staffCount",
                "registeredCount", "highlights", "attachmentsUrl", "attachmentNames", "overviewUrl");
    }

    @Test
    void councilVoteFormAsksTheCouncilToConfirmItsRecordedVote() throws IOException {
        Form form = Form.read("council-vote");
        assertThat(form.keys()).containsExactly("councilConfirmed");
        assertThat(form.field("councilConfirmed").path("type").asText()).isEqualTo("checkbox");
        assertThat(form.field("councilConfirmed").path("validate").path("required").asBoolean()).isTrue();
        assertThat(form.shownVariables()).contains("reportTitle", "deadlineLabel", "dossierUrl", "nominationSummary");
    }

    @Test
    void issueDecisionFormAsksForNumberDateAndSigner() throws IOException {
        Form form = Form.read("issue-decision");
        assertThat(form.keys()).containsExactlyInAnyOrder("decisionNumber", "decisionSignedOn", "signerName",
                "signerPosition");
        for (String key : form.keys()) {
            assertThat(form.field(key).path("validate").path("required").asBoolean()).as(key).isTrue();
        }
        assertThat(form.field("decisionSignedOn").path("subtype").asText()).isEqualTo("date");
        assertThat("125/QĐ-GDĐT").matches(form.field("decisionNumber").path("validate").path("pattern").asText());
        assertThat(form.shownVariables()).contains("reportTitle", "nominationSummary");
    }

    @Test
    void reportFormsShowTheDossierOnlyInTheTongKet() throws IOException {
        for (String id : List.of("report-prepare", "report-approve", "report-review")) {
            Form form = Form.read(id);
            assertThat(form.shownVariables()).as(id).contains("dossierUrl", "nominationSummary");
            assertThat(form.hideConditions()).as(id).anyMatch(c -> c.contains("dossier"));
        }
    }

    /**
     * form-js's own message for a pattern says only "wrong format"; each field with a pattern says what it expects
     * (validate.patternErrorMessage, shown by Tasklist's scripts/forms-vi.js), in Vietnamese.
     */
    @Test
    void everyPatternSaysWhatItExpects() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : formFiles()) {
            Form form = Form.read(file.getFileName().toString().replaceFirst("\\.form$", ""));
            for (JsonNode c : form.components()) {
                if (c.path("validate").has("pattern")) {
                    checkVietnamese(file.getFileName() + " " + c.path("id").asText() + " patternErrorMessage",
                            c.path("validate").path("patternErrorMessage").asText(""), problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Staff read the forms: no endpoint, HTTP verb or other technical text. */
    @Test
    void formsShowNoTechnicalText() throws IOException {
        for (Path file : formFiles()) {
            for (JsonNode c : Form.read(file.getFileName().toString().replaceFirst("\\.form$", "")).components()) {
                String shown = c.path("text").asText("") + " " + c.path("content").asText("") + " "
                        + c.path("label").asText("") + " " + c.path("description").asText("");
                assertThat(shown).as("%s %s", file.getFileName(), c.path("id").asText())
                        .doesNotContainPattern("\\bAPI\\b|\\b(GET|POST|PUT|DELETE)\\b|/api/");
            }
        }
    }

    /**
     * Names people chose (a unit's, a campaign's) are shown whole, as text: a text component renders its template as
     * Markdown/HTML and form-js's sanitizer then drops what looks like markup ("<script>…</script>" vanished from a
     * title), while an html component escapes each value it inserts.
     */
    @Test
    void namesAreShownByHtmlComponentsWhichEscapeThem() throws IOException {
        for (Path file : formFiles()) {
            for (JsonNode c : Form.read(file.getFileName().toString().replaceFirst("\\.form$", "")).components()) {
                if ("text".equals(c.path("type").asText())) {
                    assertThat(c.path("text").asText()).as("%s %s", file.getFileName(), c.path("id").asText())
                            .doesNotContainPattern("\\{\\{\\s*(reportTitle|unitName|campaignName)\\b");
                }
            }
        }
    }

    private static void checkForm(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.form$", "");
        JsonNode root = JSON.readTree(Files.readString(file));
        assertThat(root.path("id").asText()).as("form id of %s", file).isEqualTo(name);
        assertThat(root.path("type").asText()).isEqualTo("default");
        assertThat(root.path("schemaVersion").isInt()).as("schemaVersion is a number").isTrue();
        assertThat(root.path("schemaVersion").asInt()).isBetween(1, MAX_SCHEMA_VERSION);
        assertThat(root.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(root.path("executionPlatformVersion").asText()).startsWith("7.");

        Set<String> ids = new HashSet<>();
        ids.add(root.path("id").asText());
        List<String> problems = new ArrayList<>();
        checkComponents(root.path("components"), ids, problems);
        assertThat(problems).as("problems in %s", file).isEmpty();
    }

    private static void checkComponents(JsonNode components, Set<String> ids, List<String> problems) {
        assertThat(components.isArray()).isTrue();
        Set<String> keysHere = new HashSet<>();
        for (JsonNode component : components) {
            String id = component.path("id").asText("");
            String type = component.path("type").asText("");
            if (id.isBlank()) {
                problems.add("component of type " + type + " has no id");
            } else if (!ids.add(id)) {
                problems.add("duplicate id " + id);
            }
            if (component.has("key")) {
                String key = component.path("key").asText();
                if (!keysHere.add(key)) {
                    problems.add("duplicate key " + key + " in one container");
                }
                // A date field shows its dateLabel, not its label.
                String label = "datetime".equals(type) ? component.path("dateLabel").asText("") : component.path("label").asText("");
                checkVietnamese(id + " (" + key + ") label", label, problems);
            }
            if (component.has("components")) {
                checkVietnamese(id + " label", component.path("label").asText(""), problems);
                checkComponents(component.path("components"), ids, problems);
            }
            component.path("values").forEach(v -> checkVietnamese(id + " option " + v.path("value").asText(), v.path("label").asText(""), problems));
        }
    }

    private static void checkVietnamese(String what, String text, List<String> problems) {
        if (text.isBlank()) {
            problems.add(what + " is empty");
        } else if (!ASCII_LABELS_ALLOWED.contains(text) && text.codePoints().noneMatch(c -> c > 127 && Character.isLetter(c))) {
            problems.add(what + " is not Vietnamese: " + text);
        }
    }

    private static List<Path> formFiles() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".form")).sorted().toList();
        }
    }

    /** A parsed form with every component, nested ones included, in document order. */
    private record Form(List<JsonNode> components) {

        static Form read(String id) throws IOException {
            JsonNode root = JSON.readTree(Files.readString(FORMS.resolve(id + ".form")));
            List<JsonNode> all = new ArrayList<>();
            collect(root.path("components"), all);
            return new Form(all);
        }

        private static void collect(JsonNode components, List<JsonNode> into) {
            for (JsonNode c : components) {
                into.add(c);
                collect(c.path("components"), into);
            }
        }

        /** Keys of top-level data (fields inside a dynamic list belong to its items, not to the process). */
        Set<String> keys() {
            Set<String> nested = new HashSet<>();
            components.stream().filter(c -> c.has("path")).forEach(c -> c.path("components").forEach(i -> nested.add(i.path("id").asText())));
            return components.stream().filter(c -> c.has("key") && !nested.contains(c.path("id").asText()))
                    .map(c -> c.path("key").asText()).collect(Collectors.toSet());
        }

        JsonNode field(String key) {
            return components.stream().filter(c -> key.equals(c.path("key").asText(null))).findFirst()
                    .orElseThrow(() -> new AssertionError("no field with key " + key));
        }

        JsonNode byPath(String path) {
            return components.stream().filter(c -> path.equals(c.path("path").asText(null))).findFirst()
                    .orElseThrow(() -> new AssertionError("no container with path " + path));
        }

        List<String> values(String key) {
            List<String> values = new ArrayList<>();
            field(key).path("values").forEach(v -> values.add(v.path("value").asText()));
            return values;
        }

        /** Variables a text or html component shows through {{ }} templating. */
        Set<String> shownVariables() {
            String templates = components.stream().map(c -> c.path("text").asText("") + c.path("content").asText(""))
                    .collect(Collectors.joining("\n"));
            Set<String> names = new HashSet<>();
            Matcher matcher = Pattern.compile("\\{\\{[#/]?(?:if\\s+)?([^}]*)}}").matcher(templates);
            while (matcher.find()) {
                Matcher words = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(matcher.group(1));
                while (words.find()) {
                    names.add(words.group());
                }
            }
            return names;
        }

        List<String> hideConditions() {
            return components.stream().map(c -> c.path("conditional").path("hide").asText(""))
                    .filter(s -> !s.isBlank()).toList();
        }
    }
}
