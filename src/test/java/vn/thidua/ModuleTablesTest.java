package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A module reads and writes only its own tables: the SQL in a module's code (string literals, text blocks, .sql
 * resources under its package) names no table another module owns. Another module's data comes through that module's
 * public query methods (e.g. {@code OrgDirectory.unitNames}, {@code CampaignReports}).
 *
 * <p>The tables are the ones the Flyway migrations create. A table belongs to the module named in {@link #OWNERS},
 * else to the module whose name starts the table's name ({@code report_review} → report), else to the module that
 * names the migration creating it ({@code V20__registration.sql} → registration).
 */
class ModuleTablesTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path JAVA = Path.of("src/main/java/vn/thidua");
    static final Path RESOURCES = Path.of("src/main/resources/vn/thidua");

    /** The tables whose owner their name does not tell. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("rule_set", "rules"),
            Map.entry("nomination", "dossier"),
            Map.entry("nomination_vote", "dossier"),
            Map.entry("council_meeting", "dossier"),
            Map.entry("award_decision", "dossier"),
            Map.entry("title_history", "dossier"),
            Map.entry("day_off", "deadline"),
            Map.entry("password_link", "account"),
            Map.entry("report_schedule", "round"),
            Map.entry("report_schedule_item", "round"),
            Map.entry("report_schedule_round", "round"),
            Map.entry("adhoc_request", "round"),
            Map.entry("exemplary_model", "model"),
            Map.entry("exemplary_model_evidence", "model"),
            Map.entry("exemplary_model_follow_up", "model"));

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MIGRATION_NAME = Pattern.compile("V[0-9_.]+__([a-z0-9]+).*\\.sql");
    private static final Pattern SQL = Pattern.compile("\\bselect\\s.*\\bfrom\\s|\\binsert\\s+into\\s"
            + "|\\bupdate\\s+[a-z_][a-z0-9_]*\\s+set\\s|\\bdelete\\s+from\\s|\\bmerge\\s+into\\s",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("[a-z_][a-z0-9_]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern INSERT_COLUMNS = Pattern.compile(
            "(\\binsert\\s+into\\s+[a-z_][a-z0-9_]*)\\s*\\([^)]*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPARED = Pattern.compile("\\b[a-z_][a-z0-9_.]*\\s*(?=[=<>!])",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyModulesSqlNamesOnlyItsOwnTables() throws IOException {
        Map<String, String> owners = tableOwners();
        assertThat(owners).as("no table found in " + MIGRATIONS).isNotEmpty();
        List<String> foreign = new ArrayList<>();
        for (Map.Entry<String, List<String>> source : sqlByFile().entrySet()) {
            String module = moduleOf(source.getKey());
            for (String sql : source.getValue()) {
                for (String table : tablesIn(sql, owners.keySet())) {
                    if (!owners.get(table).equals(module)) {
                        foreign.add(source.getKey() + " (module " + module + ") names " + table + " of module "
                                + owners.get(table) + ": " + sql.strip().replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertThat(foreign).as("SQL reading another module's tables; call that module's public query API instead")
                .isEmpty();
    }

    @Test
    void everyTableHasAnOwningModule() throws IOException {
        Map<String, String> owners = tableOwners();
        Set<String> modules = modules();
        assertThat(owners).allSatisfy((table, module) -> assertThat(modules).as("owner of table " + table
                + " (add it to ModuleTablesTest.OWNERS)").contains(module));
    }

    @Test
    void theScanFindsTablesInConcatenatedLiteralsAndTextBlocksButNotInQuotedValuesCommentsOrProse() {
        String q = "\"";
        String block = q + q + q;
        String source = "class X {\n"
                + "    String a = \"select count(*) from org_unit where parent_code = :p\";\n"
                + "    String b = \"select x.id \" + \"from campaign x, report r where r.kind = 'mail_outbox'\";\n"
                + "    // String z = \"delete from title_history\";\n"
                + "    String c = " + block + "\n"
                + "            select n.id -- not day_off\n"
                + "            from nomination n\n"
                + "            join award_decision d on d.id = n.decision_id" + block + ";\n"
                + "    String d = \"The report of the campaign was updated\";\n"
                + "    String e = \"update report set status = :campaign\";\n"
                + "    String f = \"insert into exemplary_model (unit_code, rule_set) values (:u, :r)\";\n"
                + "    String g = \"update exemplary_model set rule_set = :r where rule_set <> :o\";\n"
                + "}\n";
        Set<String> tables = Set.of("org_unit", "campaign", "report", "mail_outbox", "nomination", "award_decision",
                "day_off", "title_history", "exemplary_model", "rule_set");
        List<Set<String>> found = sqlLiterals(source).stream().map(sql -> tablesIn(sql, tables)).toList();
        assertThat(found).containsExactly(Set.of("org_unit"), Set.of("campaign", "report"),
                Set.of("nomination", "award_decision"), Set.of("report"), Set.of("exemplary_model"),
                Set.of("exemplary_model"));
    }

    /** Every table the migrations create, with its owning module. */
    static Map<String, String> tableOwners() throws IOException {
        Set<String> modules = modules();
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                Matcher name = MIGRATION_NAME.matcher(file.getFileName().toString());
                Optional<String> named = name.matches() && modules.contains(name.group(1))
                        ? Optional.of(name.group(1)) : Optional.empty();
                Matcher create = CREATE_TABLE.matcher(withoutComments(Files.readString(file, StandardCharsets.UTF_8)));
                while (create.find()) {
                    String table = create.group(1).toLowerCase(Locale.ROOT);
                    owners.put(table, ownerOf(table, modules).or(() -> named).orElse("(none)"));
                }
            }
        }
        return owners;
    }

    private static Optional<String> ownerOf(String table, Set<String> modules) {
        if (OWNERS.containsKey(table)) {
            return Optional.of(OWNERS.get(table));
        }
        return modules.stream().filter(m -> table.equals(m) || table.startsWith(m + "_"))
                .max((a, b) -> Integer.compare(a.length(), b.length()));
    }

    /** The packages directly below vn.thidua. */
    static Set<String> modules() throws IOException {
        try (Stream<Path> dirs = Files.list(JAVA)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    /** The SQL-looking string literals of every Java file and the .sql resources, by file relative to vn/thidua. */
    static Map<String, List<String>> sqlByFile() throws IOException {
        Map<String, List<String>> sql = new TreeMap<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> found = sqlLiterals(Files.readString(file, StandardCharsets.UTF_8));
                if (!found.isEmpty() && JAVA.relativize(file).getNameCount() > 1) {
                    sql.put(JAVA.relativize(file).toString(), found);
                }
            }
        }
        if (Files.isDirectory(RESOURCES)) {
            try (Stream<Path> files = Files.walk(RESOURCES)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                    sql.put(RESOURCES.relativize(file).toString(), List.of(Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        return sql;
    }

    /** The string literals of a Java source that hold SQL. */
    static List<String> sqlLiterals(String source) {
        return literals(source).stream().filter(s -> SQL.matcher(withoutQuotedValues(withoutComments(s))).find())
                .toList();
    }

    static String moduleOf(String relativePath) {
        return Path.of(relativePath).getName(0).toString();
    }

    /** The known tables an SQL text names: its words outside quoted values, parameters and comments. */
    static Set<String> tablesIn(String sql, Set<String> tables) {
        Set<String> named = new TreeSet<>();
        Matcher word = WORD.matcher(withoutColumns(withoutQuotedValues(withoutComments(sql))));
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT);
            if (tables.contains(w)) {
                named.add(w);
            }
        }
        return Set.copyOf(named);
    }

    /**
     * The SQL without what can only be a column: an insert's column list and a name compared or assigned
     * ({@code rule_set = :r}), so a column named like another module's table is not taken for it.
     */
    static String withoutColumns(String sql) {
        return COMPARED.matcher(INSERT_COLUMNS.matcher(sql).replaceAll("$1 ")).replaceAll(" ");
    }

    /**
     * The string literals and text blocks of a Java source, in order; literals joined by {@code +} alone are one.
     * Comments and char literals are skipped.
     */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        StringBuilder current = null;
        int lastEnd = -1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = source.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                i = source.indexOf("*/", i + 2);
                i = i < 0 ? n : i + 2;
            } else if (c == '\'') {
                i = skipQuoted(source, i, '\'');
            } else if (c == '"') {
                int start = i;
                int end;
                String text;
                if (source.startsWith("\"\"\"", i)) {
                    end = source.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? n : end + 3;
                    text = source.substring(start + 3, Math.max(start + 3, end - 3));
                } else {
                    end = skipQuoted(source, i, '"');
                    text = source.substring(start + 1, Math.max(start + 1, end - 1));
                }
                boolean joined = current != null && source.substring(lastEnd, start).strip().equals("+");
                if (joined) {
                    current.append(text);
                } else {
                    if (current != null) {
                        literals.add(current.toString());
                    }
                    current = new StringBuilder(text);
                }
                lastEnd = end;
                i = end;
            } else {
                i++;
            }
        }
        if (current != null) {
            literals.add(current.toString());
        }
        return literals;
    }

    private static int skipQuoted(String source, int start, char quote) {
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), i + 1);
    }

    /** Without quoted values and named parameters ({@code :report}), which name no table. */
    private static String withoutQuotedValues(String sql) {
        return sql.replaceAll("'[^']*'", "''").replaceAll("(?<![:\\w]):[a-zA-Z_]\\w*", ":p");
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\n]*", " ").replaceAll("(?s)/\\*.*?\\*/", " ");
    }
}
