package vn.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our Vietnamese locale files for the Camunda webapps against the English ones Camunda ships in its webjar:
 * after a Camunda upgrade this test names every key that was renamed, added or removed.
 */
class CamundaWebappLocaleTest {

    static final String APP = "META-INF/resources/webjars/camunda/app/";
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    static final Pattern HTML_TAG = Pattern.compile("</?(a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>");

    final ObjectMapper json = new ObjectMapper();

    /** Every key of vi.json is one Camunda still uses, with the same placeholders and markup, and says something. */
    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void everyVietnameseLabelMatchesAnEnglishOne(String app) throws IOException {
        Map<String, String> en = labels(app, "en");
        Map<String, String> vi = labels(app, "vi");

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(en.keySet()).as("keys of %s/vi.json", app).containsAll(vi.keySet());
        vi.forEach((key, value) -> {
            String english = en.getOrDefault(key, "");
            softly.assertThat(all(PLACEHOLDER, value)).as("placeholders of %s %s", app, key)
                    .isEqualTo(all(PLACEHOLDER, english));
            softly.assertThat(all(HTML_TAG, value)).as("markup of %s %s", app, key).isEqualTo(all(HTML_TAG, english));
            if (!english.isBlank()) {
                softly.assertThat(value).as("%s %s", app, key).isNotBlank();
            }
        });
        softly.assertAll();
    }

    /** The apps school staff use are translated through and through: no English label left. */
    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void everyEnglishLabelHasAVietnameseOne(String app) throws IOException {
        assertThat(labels(app, "vi").keySet()).as("keys of %s/vi.json", app)
                .containsAll(labels(app, "en").keySet());
        if (localeFile(app, "en").has("dateLocales")) {
            assertThat(localeFile(app, "vi").get("dateLocales").get("months").get(0).asText()).isEqualTo("tháng 1");
        }
    }

    /**
     * Each app speaks Vietnamese whatever the browser's language (no English locale to fall back to, which would also
     * turn moment's relative dates English), and shows dates as 31/12/2026 14:30.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void ourConfigOffersVietnameseOnly(String app) throws IOException {
        String config = read(APP + app + "/scripts/config.js");
        assertThat(config).containsPattern("availableLocales:\\s*\\['vi'\\]")
                .contains("fallbackLocale: 'vi'")
                .contains("normal: 'DD/MM/YYYY HH:mm'");
    }

    /** Relative dates read "còn 11 ngày", "vài giây trước" (moment's locale comes from dateLocales of vi.json). */
    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "cockpit"})
    void relativeDatesAreVietnamese(String app) throws IOException {
        JsonNode relative = localeFile(app, "vi").get("dateLocales").get("relativeTime");
        assertThat(relative.get("future").asText()).isEqualTo("còn %s");
        assertThat(relative.get("past").asText()).isEqualTo("%s trước");
        assertThat(relative.get("s").asText()).isEqualTo("vài giây");
    }

    private Map<String, String> labels(String app, String locale) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> label : localeFile(app, locale).get("labels").properties()) {
            labels.put(label.getKey(), label.getValue().asText());
        }
        return labels;
    }

    private JsonNode localeFile(String app, String locale) throws IOException {
        // Camunda's files begin with a byte order mark, which JSON parsers need not accept.
        return json.readTree(read(APP + app + "/locales/" + locale + ".json").replaceFirst("^\uFEFF", ""));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = CamundaWebappLocaleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(pattern == PLACEHOLDER ? m.group(1) : m.group());
        }
        return new TreeSet<>(found);
    }
}
