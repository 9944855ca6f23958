package vn.thidua.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.thidua.campaign.ReportKind;
import vn.thidua.org.UnitRole;
import vn.thidua.report.ReportStatus;

/**
 * Every sentence a user reads comes from the bundles of {@code i18n/}: each key the code or a template looks up
 * exists there, and no string literal of the Java sources carries Vietnamese text.
 */
class MessageBundlesTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Packages whose sources the literal check does not read. */
    private static final List<String> EXCLUDED_PACKAGES = List.of();

    /** Literals with Vietnamese letters that no user reads as a sentence of ours, with why. */
    private static final Map<String, String> NOT_USER_TEXT = Map.of(
            "Thi đua <thidua@localhost>",
            "mail/MailProperties: the default sender address (a name and an address), set in application.yml too",
            "\\\\s*(\\\\(\\\\s*mặc định\\\\s*\\\\)|,\\\\s*mặc định)\\\\s*$",
            "rules/RuleSetDefinition: a pattern that reads the decoration of legal bases stored by older versions",
            "^\\\\d{1,6}/[\\\\p{L}\\\\p{N}Đđ&.\\\\-]{2,40}$",
            "dossier/AwardDecisionService: the pattern a decision number must match (letters of the issuer's abbreviation)",
            "Thành phố Hồ Chí Minh",
            "dossier/DossierProperties: the default place name of a decision's date line, a setting (thidua.dossier.place)");

    /** Vietnamese letters: those with a diacritic, and đ. */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A key looked up in Java: the first argument of {@code Messages.get}, {@code getMessage} or of a class's own
     * {@code message}/{@code text} helper; a literal followed by {@code +} is the prefix of keys built at run time.
     */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\\b(?:Messages\\.get|getMessage|message|text)\\(\\s*\"([a-z]\\w*(?:\\.\\w+)+\\.?)\"\\s*([,)+])");

    /** {@code #{key}}, {@code #{key(args)}}, or the literal prefix of {@code #{prefix.__${…}__}}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z]\\w*(?:\\.\\w+)*)(\\.__|[(}])");

    @Test
    void everyKeyTheCodeAndTheTemplatesLookUpExists() throws IOException {
        Set<String> keys = bundleKeys();
        List<String> missing = new ArrayList<>();
        for (Path file : files(JAVA, ".java")) {
            Matcher key = JAVA_KEY.matcher(Files.readString(file));
            while (key.find()) {
                check(keys, key.group(1), key.group(2).equals("+") || key.group(1).endsWith("."), file, missing);
            }
        }
        for (Path file : files(TEMPLATES, ".html")) {
            Matcher key = TEMPLATE_KEY.matcher(Files.readString(file));
            while (key.find()) {
                check(keys, key.group(1), key.group(2).equals(".__"), file, missing);
            }
        }
        for (Path mail : files(TEMPLATES.resolve("mail"), ".html")) {
            String name = mail.getFileName().toString().replaceFirst("\\.html$", "");
            if (!name.startsWith("_")) {
                check(keys, "mail." + name + ".subject", false, mail, missing);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void enumLabelsComeFromTheBundles() {
        for (ReportStatus status : ReportStatus.values()) {
            assertThat(status.label()).matches(".*" + VIETNAMESE.pattern() + ".*");
        }
        for (ReportKind kind : ReportKind.values()) {
            assertThat(kind.label()).matches(".*" + VIETNAMESE.pattern() + ".*");
        }
        for (UnitRole role : UnitRole.values()) {
            assertThat(role.label()).matches(".*" + VIETNAMESE.pattern() + ".*");
        }
        assertThat(ReportStatus.RETURNED.label()).isEqualTo("Bị trả, đang bổ sung");
    }

    @Test
    void noJavaLiteralCarriesVietnameseText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(JAVA, ".java")) {
            String path = JAVA.relativize(file).toString().replace('\\', '/');
            if (EXCLUDED_PACKAGES.stream().anyMatch(path::startsWith)) {
                continue;
            }
            for (Literal literal : literals(Files.readString(file))) {
                if (VIETNAMESE.matcher(literal.text()).find() && !NOT_USER_TEXT.containsKey(literal.text())) {
                    found.add(path + ":" + literal.line() + ": \"" + literal.text() + "\"");
                }
            }
        }
        assertThat(found).as("Vietnamese text belongs in src/main/resources/i18n/*_vi.properties").isEmpty();
    }

    @Test
    void theLiteralReaderSeesLiteralsAndSkipsComments() {
        String source = """
                // "Bình luận" in a comment
                /* "Khối" in a block comment */
                String a = "Đã lưu"; char q = '"'; String b = "a \\" ", c = "Hạn";
                String d = \"""
                    Mẫu văn bản\""";
                """;
        assertThat(literals(source)).extracting(Literal::text)
                .containsExactly("Đã lưu", "a \\\" ", "Hạn", "\n    Mẫu văn bản");
        assertThat(literals(source)).extracting(Literal::line).containsExactly(3, 3, 3, 4);
    }

    private static void check(Set<String> keys, String key, boolean prefix, Path file, List<String> missing) {
        boolean found = prefix ? keys.stream().anyMatch(k -> k.startsWith(key)) : keys.contains(key);
        if (!found) {
            missing.add(file + ": " + key + (prefix ? "…" : ""));
        }
    }

    /** Every key of the Vietnamese bundles of {@link Messages#BASENAMES}. */
    private static Set<String> bundleKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String basename : Messages.BASENAMES) {
            try (InputStream in = MessageBundlesTest.class.getClassLoader()
                    .getResourceAsStream(basename + "_vi.properties")) {
                assertThat(in).as(basename + "_vi.properties").isNotNull();
                Properties bundle = new Properties();
                bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                keys.addAll(bundle.stringPropertyNames());
            }
        }
        return keys;
    }

    private static List<Path> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Literal(int line, String text) {
    }

    /** The string literals and text blocks of a Java source, as written (escapes kept), outside comments. */
    static List<Literal> literals(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                line += count(source, i, end);
                i = end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                literals.add(new Literal(line, source.substring(i + 3, end)));
                line += count(source, i, end);
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(new Literal(line, source.substring(i + 1, j)));
                }
                i = j + 1;
            } else {
                if (c == '\n') {
                    line++;
                }
                i++;
            }
        }
        return literals;
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (source.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
