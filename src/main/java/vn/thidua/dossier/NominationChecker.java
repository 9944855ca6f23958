package vn.thidua.dossier;

import vn.thidua.nomination.Discipline;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NomineeKeys;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.nomination.Rating;
import vn.thidua.nomination.RecognitionLevel;
import vn.thidua.text.Messages;
import static vn.thidua.dossier.NominationField.*;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.thidua.problem.InputError;
import vn.thidua.rules.TitleRule;

/**
 * The one set of rules a nomination list obeys, whichever way it comes in (an .xlsx or CSV file, the dossier page,
 * the JSON API): each way only turns its rows into raw values ({@link RawRow}) and the checker gives them their
 * meaning, so the same row gets the same nomination, or the same errors with the same line, column, field and
 * Vietnamese sentence.
 *
 * <p>Every error names the row's line as its way in numbers it (the file's row, the page's or JSON list's row), the
 * template's column of the field ({@link NominationField#column()}) and the template's header as field.
 */
public final class NominationChecker {

    /** The column {@code full_name} (nomination, title_history), and any one-line text we read. */
    public static final int MAX_NAME = 200;
    /** The column {@code position_title}. */
    public static final int MAX_POSITION = 200;
    /** Names of an initiative or research project; the columns hold 1000, a title is never that long. */
    public static final int MAX_WORK_TITLE = 500;
    /** The column {@code achievements}. */
    public static final int MAX_ACHIEVEMENTS = 4000;
    /** Most members a collective can have: far above any school or union. */
    static final int MAX_MEMBERS = 100_000;
    /**
     * Working age: a civil servant is recruited from 18 (Luật Viên chức), and 70 leaves room for the extended
     * service of professors and doctors beyond retirement age. Outside it, the year of birth is almost surely a typo.
     */
    public static final int MIN_AGE = 18;
    public static final int MAX_AGE = 70;
    public static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    /** What a way in found for a field, before any meaning is given to it. */
    public record Raw(Type type, String text, double number, LocalDate date) {

        public enum Type {
            TEXT, NUMBER, DATE
        }

        /** Text as typed or as a cell shows it. */
        public static Raw text(String text) {
            return new Raw(Type.TEXT, text, 0, null);
        }

        /** A spreadsheet's number cell; {@code shown} is its plain digits. */
        public static Raw number(double value, String shown) {
            return new Raw(Type.NUMBER, shown, value, null);
        }

        /** A spreadsheet's date cell; {@code shown} is how it prints. */
        public static Raw date(LocalDate date, String shown) {
            return new Raw(Type.DATE, shown, 0, date);
        }

        boolean isBlank() {
            return type == Type.TEXT && (text == null || text.isBlank());
        }
    }

    /**
     * One row of a list, as its way in found it.
     *
     * @param line     the row's number where the user sees it: the file's row, or the page's or JSON list's row
     * @param values   the non-blank values by field
     * @param reported fields the way in already refused (a formula cell): neither read nor reported again
     */
    public record RawRow(int line, Map<NominationField, Raw> values, Set<NominationField> reported) {

        public RawRow {
            values = Map.copyOf(values);
            reported = reported.isEmpty() ? Set.of() : EnumSet.copyOf(reported);
        }

        public RawRow(int line, Map<NominationField, Raw> values) {
            this(line, values, Set.of());
        }
    }

    /**
     * What the rows mean: the nominations of the rows without an error, in row order, and every error of the list
     * by line and column. A list is taken only when {@code errors} is empty.
     */
    public record Checked(List<Nomination> nominations, List<InputError> errors) {
    }

    private final String unitCode;
    private final TitleMatcher titles;
    private final LocalDate today;
    private final List<InputError> errors = new ArrayList<>();

    private NominationChecker(String unitCode, TitleMatcher titles, LocalDate today) {
        this.unitCode = unitCode;
        this.titles = titles;
        this.today = today;
    }

    /**
     * @param unitCode the nominating unit (its code starts every nominee key)
     * @param titles   the campaign rule set's titles; a requested title may be given by its code (LDTT), its
     *                 name (Lao động tiên tiến) or its abbreviation (LĐTT)
     * @param today    the day ages are counted at (the engine's clock, never the machine's)
     */
    public static Checked check(List<RawRow> rows, String unitCode, List<TitleRule> titles, LocalDate today) {
        NominationChecker checker = new NominationChecker(unitCode, new TitleMatcher(titles), today);
        List<Nomination> nominations = new ArrayList<>();
        Map<String, Integer> lineOfKey = new HashMap<>();
        Map<String, List<Integer>> duplicates = new LinkedHashMap<>();
        for (RawRow row : rows) {
            Nomination nomination = checker.row(row);
            if (nomination != null) {
                // One nominee may be proposed for several titles (LĐTT and CSTĐCS, a union title), once each.
                String key = nomination.nomineeKey() + "|" + nomination.requestedTitle();
                Integer first = lineOfKey.putIfAbsent(key, row.line());
                if (first != null) {
                    duplicates.computeIfAbsent(key, k -> new ArrayList<>(List.of(first))).add(row.line());
                }
                nominations.add(nomination);
            }
        }
        duplicates.values().forEach(checker::duplicate);
        List<InputError> sorted = new ArrayList<>(checker.errors);
        sorted.sort(Comparator.comparingInt(InputError::line).thenComparingInt(InputError::column));
        return new Checked(sorted.isEmpty() ? List.copyOf(nominations) : List.of(), List.copyOf(sorted));
    }

    private void duplicate(List<Integer> lines) {
        for (int line : lines) {
            String others = lines.stream().filter(l -> l != line).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            errors.add(new InputError(line, FULL_NAME.column(), FULL_NAME.header(),
                    Messages.get("nomination.duplicate", others)));
        }
    }

    // ---- one row -------------------------------------------------------------------------------------------

    private RawRow row;
    /** Fields already reported on this row, so one wrong value gives one message. */
    private final Set<NominationField> reported = EnumSet.noneOf(NominationField.class);

    private Nomination row(RawRow current) {
        this.row = current;
        reported.clear();
        reported.addAll(current.reported());
        int before = errors.size();
        NomineeKind kind = required(KIND, Messages.get("nomination.kind.missing"),
                NominationVocabulary::kind, text -> Messages.get("nomination.kind.invalid", text));
        String name = text(FULL_NAME, MAX_NAME);
        if (name == null && !reported.contains(FULL_NAME)) {
            error(FULL_NAME, Messages.get(kind == NomineeKind.COLLECTIVE ? "nomination.name.missingCollective"
                    : "nomination.name.missingPerson"));
        }
        String ratings = String.join(", ", NominationVocabulary.ratingLabels());
        Rating rating = required(RATING, Messages.get("nomination.rating.missing", ratings),
                NominationVocabulary::rating, text -> Messages.get("nomination.rating.invalid", text, ratings));
        Integer score = integer(SCORE, 0, 100);
        String title = title(kind);
        String achievements = Optional.ofNullable(text(ACHIEVEMENTS, MAX_ACHIEVEMENTS)).orElse("");
        if (kind != null) {
            for (NominationField field : NominationField.values()) {
                if (field.only() != null && field.only() != kind && current.values().containsKey(field)
                        && !current.values().get(field).isBlank() && !reported.contains(field)) {
                    error(field, Messages.get("nomination.otherKind", field.header(), lower(field.only()),
                            lower(kind)));
                }
            }
        }
        Nomination nomination = null;
        if (kind == NomineeKind.PERSON) {
            nomination = person(name, rating, score, title, achievements);
        } else if (kind == NomineeKind.COLLECTIVE) {
            nomination = collective(name, rating, score, title, achievements);
        }
        return errors.size() == before ? nomination : null;
    }

    private Nomination person(String name, Rating rating, Integer score, String title, String achievements) {
        LocalDate dateOfBirth = dateOfBirth();
        String position = text(POSITION, MAX_POSITION);
        if (position == null && !reported.contains(POSITION)) {
            error(POSITION, Messages.get("nomination.position.missing"));
        }
        String initiative = Optional.ofNullable(text(INITIATIVE, MAX_WORK_TITLE)).orElse("");
        RecognitionLevel initiativeLevel = level(INITIATIVE_LEVEL, INITIATIVE, initiative, "nomination.work.initiative");
        String research = Optional.ofNullable(text(RESEARCH, MAX_WORK_TITLE)).orElse("");
        RecognitionLevel researchLevel = level(RESEARCH_LEVEL, RESEARCH, research, "nomination.work.research");
        Discipline discipline = optional(DISCIPLINE, NominationVocabulary::discipline,
                text -> Messages.get("nomination.discipline.invalid", text,
                        String.join(", ", NominationVocabulary.disciplineLabels()))).orElse(Discipline.NONE);
        Integer daysAbsent = Optional.ofNullable(integer(DAYS_ABSENT, 0, 366)).orElse(0);
        Boolean maternity = optional(MATERNITY_LEAVE, NominationVocabulary::yesNo,
                text -> Messages.get("nomination.maternity.invalid", text)).orElse(false);
        // Blank is "unknown", never a full year: the union rules ask for it (Rule_MonthsInPostMissing).
        Integer months = integer(MONTHS_IN_POST, 0, 12);
        if (name == null || dateOfBirth == null) {
            return null;
        }
        return new Nomination.Person(NomineeKeys.person(unitCode, name, dateOfBirth), unitCode, name, dateOfBirth,
                position, rating, initiative, initiativeLevel, research, researchLevel, discipline, daysAbsent,
                maternity, months, score, title, achievements);
    }

    private Nomination collective(String name, Rating rating, Integer score, String title, String achievements) {
        Integer members = integer(MEMBERS, 1, MAX_MEMBERS);
        if (members == null && !reported.contains(MEMBERS)) {
            error(MEMBERS, Messages.get("nomination.members.missing"));
        }
        // The collective titles are shares of the members (> 50% LĐTT, 100% completing, none disciplined): a blank
        // count is not a zero, so each is asked for.
        Integer completed = memberCount(MEMBERS_COMPLETED, members);
        Integer ldtt = memberCount(MEMBERS_LDTT, members);
        Integer cstdcs = memberCount(MEMBERS_CSTDCS, members);
        Integer disciplined = memberCount(MEMBERS_DISCIPLINED, members);
        if (name == null) {
            return null;
        }
        return new Nomination.Collective(NomineeKeys.collective(unitCode, name), unitCode, name, rating, members,
                completed, ldtt, cstdcs, disciplined, score, title, achievements);
    }

    private Integer memberCount(NominationField field, Integer members) {
        Integer count = integer(field, 0, MAX_MEMBERS);
        if (count == null && !reported.contains(field)) {
            error(field, Messages.get("nomination.count.missing", field.header()));
        } else if (count != null && members != null && count > members) {
            error(field, Messages.get("nomination.count.overMembers", field.header(), count, members));
        }
        return count;
    }

    private RecognitionLevel level(NominationField field, NominationField work, String workTitle, String whatKey) {
        Optional<RecognitionLevel> level = optional(field, NominationVocabulary::level,
                text -> Messages.get("nomination.level.invalid", text,
                        String.join(", ", NominationVocabulary.levelLabels())));
        if (level.isPresent() && level.get() != RecognitionLevel.NONE && workTitle.isEmpty()
                && !reported.contains(work)) {
            error(field, Messages.get("nomination.level.withoutWork", NominationVocabulary.label(level.get()),
                    Messages.get(whatKey), work.header()));
        }
        return level.orElse(RecognitionLevel.NONE);
    }

    private String title(NomineeKind kind) {
        String text = text(REQUESTED_TITLE, MAX_NAME);
        if (text == null) {
            if (!reported.contains(REQUESTED_TITLE)) {
                error(REQUESTED_TITLE, Messages.get("nomination.title.missing"));
            }
            return null;
        }
        Optional<TitleRule> title = titles.find(text);
        if (title.isEmpty()) {
            error(REQUESTED_TITLE, Messages.get("nomination.title.unknown", text,
                    titles.titles().stream().filter(t -> kind == null || t.kind() == kind)
                            .map(t -> t.name() + " (" + t.code() + ")").collect(Collectors.joining(", "))));
            return null;
        }
        if (kind != null && title.get().kind() != kind) {
            error(REQUESTED_TITLE, Messages.get("nomination.title.wrongKind", title.get().name(),
                    lower(title.get().kind()), lower(kind)));
            return null;
        }
        return title.get().code();
    }

    private LocalDate dateOfBirth() {
        Raw raw = usable(DATE_OF_BIRTH);
        if (raw == null) {
            if (!reported.contains(DATE_OF_BIRTH)) {
                error(DATE_OF_BIRTH, Messages.get("nomination.birth.missing"));
            }
            return null;
        }
        LocalDate date;
        if (raw.type() == Raw.Type.DATE) {
            date = raw.date();
        } else {
            String text = raw.text().strip();
            Matcher dmy = DMY.matcher(text);
            Matcher iso = ISO.matcher(text);
            try {
                if (raw.type() == Raw.Type.TEXT && dmy.matches()) {
                    date = LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                            Integer.parseInt(dmy.group(1)));
                } else if (raw.type() == Raw.Type.TEXT && iso.matches()) {
                    date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                            Integer.parseInt(iso.group(3)));
                } else {
                    error(DATE_OF_BIRTH, Messages.get("nomination.birth.format", text));
                    return null;
                }
            } catch (DateTimeException e) {
                error(DATE_OF_BIRTH, Messages.get("nomination.birth.noSuchDay", text));
                return null;
            }
        }
        String shown = DAY_MONTH_YEAR.format(date);
        if (date.isAfter(today)) {
            error(DATE_OF_BIRTH, Messages.get("nomination.birth.future", shown));
            return null;
        }
        int age = Period.between(date, today).getYears();
        if (age < MIN_AGE) {
            error(DATE_OF_BIRTH, Messages.get("nomination.birth.tooYoung", shown, age, MIN_AGE));
            return null;
        }
        if (age > MAX_AGE) {
            error(DATE_OF_BIRTH, Messages.get("nomination.birth.tooOld", shown, age, MIN_AGE, MAX_AGE));
            return null;
        }
        return date;
    }

    // ---- values --------------------------------------------------------------------------------------------

    /** The value, or null when blank or already reported. */
    private Raw usable(NominationField field) {
        Raw raw = reported.contains(field) ? null : row.values().get(field);
        return raw == null || raw.isBlank() ? null : raw;
    }

    /** Stripped, whitespace runs collapsed for one-line fields (line breaks kept in achievements); null when blank. */
    private String text(NominationField field, int max) {
        Raw raw = usable(field);
        if (raw == null) {
            return null;
        }
        String text = field == ACHIEVEMENTS ? raw.text().strip().replace("\r\n", "\n")
                : SPACES.matcher(raw.text().strip()).replaceAll(" ");
        if (text.isEmpty()) {
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            error(field, Messages.get("nomination.text.tooLong", field.header(), length, max));
            return null;
        }
        return text;
    }

    private <T> T required(NominationField field, String missing, Function<String, Optional<T>> parse,
                           Function<String, String> invalid) {
        Optional<T> value = optional(field, parse, invalid);
        if (value.isEmpty() && !reported.contains(field)) {
            error(field, missing);
        }
        return value.orElse(null);
    }

    private <T> Optional<T> optional(NominationField field, Function<String, Optional<T>> parse,
                                     Function<String, String> invalid) {
        String text = text(field, Integer.MAX_VALUE);
        if (text == null) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            error(field, invalid.apply(text));
        }
        return value;
    }

    private Integer integer(NominationField field, int min, int max) {
        Raw raw = usable(field);
        if (raw == null) {
            return null;
        }
        long value;
        String text = raw.text().strip();
        if (raw.type() == Raw.Type.NUMBER && raw.number() == Math.rint(raw.number())
                && Math.abs(raw.number()) < 1e9) {
            value = (long) raw.number();
        } else if (raw.type() == Raw.Type.TEXT && INTEGER.matcher(text).matches() && text.length() < 10) {
            value = Long.parseLong(text);
        } else {
            error(field, Messages.get("nomination.integer.invalid", field.header(), text));
            return null;
        }
        if (value < 0) {
            error(field, Messages.get("nomination.integer.negative", field.header(), value));
            return null;
        }
        if (value < min || value > max) {
            error(field, Messages.get("nomination.integer.range", field.header(), min, max, value));
            return null;
        }
        return (int) value;
    }

    private void error(NominationField field, String message) {
        reported.add(field);
        errors.add(new InputError(row.line(), field.column(), field.header(), message));
    }

    private static String lower(NomineeKind kind) {
        return NominationVocabulary.label(kind).toLowerCase(Locale.ROOT);
    }
}
