package vn.thidua.dossier;

import vn.thidua.nomination.Discipline;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.nomination.Rating;
import vn.thidua.nomination.RecognitionLevel;
import vn.thidua.text.Messages;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;


/**
 * The Vietnamese words a nomination list uses for kinds, ratings, recognition levels and discipline: the label
 * the template offers and writes, and the spellings accepted when reading. Cells are compared folded (no case,
 * no diacritics, no spaces or punctuation), so "Hoàn thành tốt nhiệm vụ", "hoan thanh tot nhiem vu" and "HTT"
 * all read as {@link Rating#GOOD}.
 */
public final class NominationVocabulary {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    public static final String YES = Messages.get("nomination.word.yes");
    public static final String NO = Messages.get("nomination.word.no");

    private static final Map<NomineeKind, String> KINDS = labels(NomineeKind.class);
    private static final Map<Rating, String> RATINGS = labels(Rating.class);
    private static final Map<RecognitionLevel, String> LEVELS = labels(RecognitionLevel.class);
    private static final Map<Discipline, String> DISCIPLINES = labels(Discipline.class);

    // Since 1/7/2025 the middle level is the ward or commune in most provinces, and a province is not a city: the
    // bundle's spellings of each level say so.
    private static final Map<String, NomineeKind> KIND_SPELLINGS = spellings(KINDS);
    private static final Map<String, Rating> RATING_SPELLINGS = spellings(RATINGS);
    private static final Map<String, RecognitionLevel> LEVEL_SPELLINGS = spellings(LEVELS);
    private static final Map<String, Discipline> DISCIPLINE_SPELLINGS = spellings(DISCIPLINES);
    // A check mark "x", an Excel TRUE/FALSE cell, a JSON boolean or a checked box ("on", "1") also answers yes/no.
    private static final Map<String, Boolean> YES_NO = Map.of(fold(YES), true, "x", true, "true", true, "on", true,
            "1", true, fold(NO), false, "false", false, "0", false);

    private NominationVocabulary() {
    }

    public static String label(NomineeKind kind) {
        return KINDS.get(kind);
    }

    public static String label(Rating rating) {
        return RATINGS.get(rating);
    }

    public static String label(RecognitionLevel level) {
        return LEVELS.get(level);
    }

    public static String label(Discipline discipline) {
        return DISCIPLINES.get(discipline);
    }

    public static List<String> kindLabels() {
        return List.copyOf(KINDS.values());
    }

    public static List<String> ratingLabels() {
        return List.copyOf(RATINGS.values());
    }

    public static List<String> levelLabels() {
        return List.copyOf(LEVELS.values());
    }

    public static List<String> disciplineLabels() {
        return List.copyOf(DISCIPLINES.values());
    }

    public static Optional<NomineeKind> kind(String cell) {
        return Optional.ofNullable(KIND_SPELLINGS.get(fold(cell)));
    }

    public static Optional<Rating> rating(String cell) {
        return Optional.ofNullable(RATING_SPELLINGS.get(fold(cell)));
    }

    public static Optional<RecognitionLevel> level(String cell) {
        return Optional.ofNullable(LEVEL_SPELLINGS.get(fold(cell)));
    }

    public static Optional<Discipline> discipline(String cell) {
        return Optional.ofNullable(DISCIPLINE_SPELLINGS.get(fold(cell)));
    }

    static Optional<Boolean> yesNo(String cell) {
        return Optional.ofNullable(YES_NO.get(fold(cell)));
    }

    /** "Lao động  tiên-tiến" → "laodongtientien": what a cell means, whatever the keyboard or font did to it. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        return NOT_LETTER_OR_DIGIT.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT))
                .replaceAll("");
    }

    /** The label the template offers and writes for each constant ({@code nomination.word.<Type>.<CONSTANT>}). */
    private static <E extends Enum<E>> Map<E, String> labels(Class<E> type) {
        Map<E, String> labels = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            labels.put(value, Messages.get("nomination.word." + type.getSimpleName() + "." + value.name()));
        }
        return labels;
    }

    /**
     * Every spelling read as each constant: its label, its name (GOOD, COLLECTIVE) as the page's selects and JSON
     * clients send it, and the other words units write ({@code nomination.spellings.<Type>.<CONSTANT>}, "|"
     * between words).
     */
    private static <E extends Enum<E>> Map<String, E> spellings(Map<E, String> labels) {
        Map<String, E> all = new HashMap<>();
        labels.forEach((value, label) -> {
            all.put(fold(label), value);
            all.put(fold(value.name()), value);
        });
        labels.forEach((value, label) -> {
            String words = Messages.get("nomination.spellings." + value.getDeclaringClass().getSimpleName()
                    + "." + value.name());
            for (String word : words.split("\\|")) {
                if (word.isBlank()) {
                    continue;
                }
                E previous = all.putIfAbsent(fold(word), value);
                if (previous != null && previous != value) {
                    throw new IllegalStateException("Spelling " + word + " means both " + previous + " and " + value);
                }
            }
        });
        return Map.copyOf(all);
    }
}
