package vn.thidua.dossier;

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

    public static final String YES = "Có";
    public static final String NO = "Không";

    private static final Map<NomineeKind, String> KINDS = new EnumMap<>(Map.of(
            NomineeKind.PERSON, "Cá nhân",
            NomineeKind.COLLECTIVE, "Tập thể"));
    private static final Map<Rating, String> RATINGS = new EnumMap<>(Map.of(
            Rating.EXCELLENT, "Hoàn thành xuất sắc nhiệm vụ",
            Rating.GOOD, "Hoàn thành tốt nhiệm vụ",
            Rating.COMPLETED, "Hoàn thành nhiệm vụ",
            Rating.NOT_COMPLETED, "Không hoàn thành nhiệm vụ"));
    private static final Map<RecognitionLevel, String> LEVELS = new EnumMap<>(Map.of(
            RecognitionLevel.NONE, "Chưa công nhận",
            RecognitionLevel.UNIT, "Cơ sở",
            RecognitionLevel.DISTRICT, "Quận-huyện",
            RecognitionLevel.CITY, "Thành phố",
            RecognitionLevel.NATIONAL, "Toàn quốc"));
    private static final Map<Discipline, String> DISCIPLINES = new EnumMap<>(Map.of(
            Discipline.NONE, "Không",
            Discipline.REPRIMAND, "Khiển trách",
            Discipline.WARNING, "Cảnh cáo",
            Discipline.HEAVIER, "Nặng hơn"));

    private static final Map<String, NomineeKind> KIND_SPELLINGS = spellings(KINDS, Map.of(
            NomineeKind.PERSON, List.of("CN"),
            NomineeKind.COLLECTIVE, List.of("TT")));
    private static final Map<String, Rating> RATING_SPELLINGS = spellings(RATINGS, Map.of(
            Rating.EXCELLENT, List.of("HTXS", "HTXSNV", "Hoàn thành xuất sắc"),
            Rating.GOOD, List.of("HTT", "HTTNV", "Hoàn thành tốt"),
            Rating.COMPLETED, List.of("HT", "HTNV", "Hoàn thành"),
            Rating.NOT_COMPLETED, List.of("KHT", "KHTNV", "Không hoàn thành")));
    // Since 1/7/2025 the middle level is the ward or commune in most provinces, and a province is not a city.
    private static final Map<String, RecognitionLevel> LEVEL_SPELLINGS = spellings(LEVELS, Map.of(
            RecognitionLevel.NONE, List.of("Chưa", "Không", "Chưa nghiệm thu", "Chưa được công nhận"),
            RecognitionLevel.UNIT, List.of("Cấp cơ sở", "Trường", "Cấp trường", "Đơn vị"),
            RecognitionLevel.DISTRICT, List.of("Cấp quận-huyện", "Quận", "Huyện", "Cấp quận", "Cấp huyện",
                    "Phường-xã", "Phường", "Xã", "Cấp phường", "Cấp xã", "Quận/huyện", "Phường/xã"),
            RecognitionLevel.CITY, List.of("Cấp thành phố", "Tỉnh", "Cấp tỉnh", "Tỉnh/thành phố", "Tỉnh-thành phố", "TP"),
            RecognitionLevel.NATIONAL, List.of("Cấp toàn quốc", "Bộ", "Cấp bộ", "Ngành", "Cấp ngành", "Bộ-ngành",
                    "Trung ương")));
    private static final Map<String, Discipline> DISCIPLINE_SPELLINGS = spellings(DISCIPLINES, Map.of(
            Discipline.NONE, List.of("Không có", "Không bị kỷ luật"),
            Discipline.REPRIMAND, List.of(),
            Discipline.WARNING, List.of(),
            Discipline.HEAVIER, List.of("Hạ bậc lương", "Giáng chức", "Cách chức", "Buộc thôi việc")));
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

    public static Optional<Boolean> yesNo(String cell) {
        return Optional.ofNullable(YES_NO.get(fold(cell)));
    }

    /** "Lao động  tiên-tiến" → "laodongtientien": what a cell means, whatever the keyboard or font did to it. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        return NOT_LETTER_OR_DIGIT.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT))
                .replaceAll("");
    }

    private static <E extends Enum<E>> Map<String, E> spellings(Map<E, String> labels, Map<E, List<String>> others) {
        Map<String, E> all = new HashMap<>();
        labels.forEach((value, label) -> {
            all.put(fold(label), value);
            // The page's selects and JSON clients send the constant's name (GOOD, COLLECTIVE).
            all.put(fold(value.name()), value);
        });
        others.forEach((value, words) -> words.forEach(word -> {
            E previous = all.putIfAbsent(fold(word), value);
            if (previous != null && previous != value) {
                throw new IllegalStateException("Spelling " + word + " means both " + previous + " and " + value);
            }
        }));
        return Map.copyOf(all);
    }
}
