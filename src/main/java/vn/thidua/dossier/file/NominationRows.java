package vn.thidua.dossier.file;

import static vn.thidua.dossier.file.NominationColumn.*;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.thidua.dossier.Discipline;
import vn.thidua.dossier.Nomination;
import vn.thidua.dossier.NomineeKeys;
import vn.thidua.dossier.NomineeKind;
import vn.thidua.dossier.Rating;
import vn.thidua.dossier.RecognitionLevel;
import vn.thidua.dossier.file.SheetTable.Cell;
import vn.thidua.dossier.file.SheetTable.CellKind;
import vn.thidua.dossier.file.SheetTable.Row;
import vn.thidua.rules.TitleRule;
import vn.thidua.problem.InputError;

/** Gives the rows of a nomination list their meaning, checking every cell and collecting every problem. */
final class NominationRows {

    static final int MAX_NAME = 200;
    static final int MAX_POSITION = 200;
    static final int MAX_WORK_TITLE = 500;
    static final int MAX_ACHIEVEMENTS = 4000;
    /**
     * Working age: a civil servant is recruited from 18 (Luật Viên chức), and 70 leaves room for the extended
     * service of professors and doctors beyond retirement age. Outside it, the year of birth is almost surely a typo.
     */
    static final int MIN_AGE = 18;
    static final int MAX_AGE = 70;
    static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private final String unitCode;
    private final TitleMatcher titles;
    private final LocalDate today;
    private final List<InputError> errors = new ArrayList<>();

    private NominationRows(String unitCode, TitleMatcher titles, LocalDate today) {
        this.unitCode = unitCode;
        this.titles = titles;
        this.today = today;
    }

    /** The nominations of the table in row order, or every problem of the file. */
    static List<Nomination> parse(SheetTable table, String fileName, String unitCode, TitleMatcher titles,
                                  LocalDate today) {
        NominationRows rows = new NominationRows(unitCode, titles, today);
        List<InputError> headerErrors = checkHeader(table);
        if (!headerErrors.isEmpty()) {
            throw NominationFiles.reject(fileName, "Tệp " + fileName + " không đúng mẫu danh sách đề nghị khen "
                    + "thưởng (dòng tiêu đề khác mẫu); hãy tải mẫu mới và chép dữ liệu sang.", headerErrors);
        }
        List<Nomination> nominations = new ArrayList<>();
        Map<String, Integer> rowOfKey = new HashMap<>();
        Map<String, List<Integer>> duplicates = new HashMap<>();
        for (Row row : table.rows().subList(1, table.rows().size())) {
            Nomination nomination = rows.row(row);
            if (nomination != null) {
                Integer first = rowOfKey.putIfAbsent(nomination.nomineeKey(), row.number());
                if (first != null) {
                    duplicates.computeIfAbsent(nomination.nomineeKey(), k -> new ArrayList<>(List.of(first)))
                            .add(row.number());
                }
                nominations.add(nomination);
            }
        }
        duplicates.values().forEach(rows::duplicate);
        if (nominations.isEmpty() && rows.errors.isEmpty()) {
            rows.errors.add(new InputError(2, 0, null, "Danh sách chưa có cá nhân hay tập thể nào: mỗi người hoặc tập "
                    + "thể được đề nghị ghi trên một dòng, từ dòng 2 của trang \"" + NominationFiles.LIST_SHEET + "\"."));
        }
        if (!rows.errors.isEmpty()) {
            List<InputError> sorted = new ArrayList<>(rows.errors);
            sorted.sort(Comparator.comparingInt(InputError::line).thenComparingInt(InputError::column));
            throw NominationFiles.reject(fileName, null, sorted);
        }
        return List.copyOf(nominations);
    }

    private static List<InputError> checkHeader(SheetTable table) {
        NominationColumn[] columns = NominationColumn.values();
        List<String> expected = java.util.Arrays.stream(columns).map(NominationColumn::header).toList();
        Row header = table.rows().isEmpty() || table.rows().get(0).number() != 1 ? null : table.rows().get(0);
        if (header == null) {
            return List.of(new InputError(1, 0, null, "Dòng 1 phải là dòng tiêu đề của mẫu: "
                    + String.join(" | ", expected) + "."));
        }
        List<InputError> errors = new ArrayList<>();
        for (NominationColumn column : columns) {
            Cell cell = header.cell(column.index());
            String got = cell == null ? null : cell.text().strip();
            if (got == null) {
                errors.add(new InputError(1, column.index() + 1, column.header(), "Thiếu cột \"" + column.header()
                        + "\": ô " + column.letter() + "1 phải có tiêu đề \"" + column.header() + "\"."));
            } else if (!sameHeader(got, column.header())) {
                errors.add(new InputError(1, column.index() + 1, column.header(), "Ô " + column.letter()
                        + "1 phải có tiêu đề \"" + column.header() + "\", không phải \"" + got + "\"."));
            }
        }
        header.cells().keySet().stream().filter(c -> c >= columns.length).sorted().forEach(c -> errors.add(
                new InputError(1, c + 1, header.cell(c).text().strip(), "Cột " + header.ref(c).replace("1", "")
                        + " \"" + header.cell(c).text().strip() + "\" không có trong mẫu; mẫu chỉ có "
                        + columns.length + " cột, từ \"STT\" đến \"" + ACHIEVEMENTS.header() + "\".")));
        return errors;
    }

    /** Case, diacritics, spacing and a hint in brackets ("Ngày sinh (dd/MM/yyyy)") do not matter. */
    private static boolean sameHeader(String got, String expected) {
        String withoutHint = got.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
        return NominationVocabulary.fold(withoutHint).equals(NominationVocabulary.fold(expected));
    }

    private void duplicate(List<Integer> lines) {
        for (int line : lines) {
            String others = lines.stream().filter(l -> l != line).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            errors.add(new InputError(line, NAME.index() + 1, NAME.header(), "Trùng với dòng " + others
                    + ": cùng một cá nhân (họ tên và ngày sinh) hoặc tập thể (tên) chỉ được ghi một dòng."));
        }
    }

    // ---- one row -------------------------------------------------------------------------------------------

    private Row row;
    /** Columns already reported on this row, so one wrong cell gives one message. */
    private final Set<NominationColumn> reported = EnumSet.noneOf(NominationColumn.class);

    private Nomination row(Row current) {
        this.row = current;
        reported.clear();
        int before = errors.size();
        for (NominationColumn column : NominationColumn.values()) {
            Cell cell = current.cell(column.index());
            if (column == NO || cell == null) {
                continue;
            }
            if (cell.kind() == CellKind.FORMULA) {
                error(column, "Ô " + current.ref(column.index()) + " chứa công thức, hãy dán giá trị "
                        + "(Sao chép → Dán đặc biệt → Giá trị).");
            } else if (cell.kind() == CellKind.ERROR) {
                error(column, "Ô " + current.ref(column.index()) + " có lỗi " + cell.text() + "; hãy ghi giá trị.");
            }
        }
        int columns = NominationColumn.values().length;
        current.cells().keySet().stream().filter(c -> c >= columns).sorted().forEach(c -> errors.add(
                new InputError(current.number(), c + 1, null, "Ô " + current.ref(c) + " nằm ngoài các cột của mẫu. "
                        + "Với tệp CSV, nội dung có dấu phẩy hoặc chấm phẩy phải đặt trong ngoặc kép.")));
        NomineeKind kind = required(KIND, "Chưa ghi loại: Cá nhân hoặc Tập thể.",
                text -> NominationVocabulary.kind(text), text -> "Loại \"" + text
                        + "\" không hợp lệ: chỉ ghi Cá nhân hoặc Tập thể.");
        String name = text(NAME, MAX_NAME);
        if (name == null && !reported.contains(NAME)) {
            error(NAME, kind == NomineeKind.COLLECTIVE ? "Chưa ghi tên tập thể." : "Chưa ghi họ và tên.");
        }
        Rating rating = required(RATING, "Chưa ghi xếp loại (" + String.join(", ",
                        NominationVocabulary.ratingLabels()) + ").", NominationVocabulary::rating,
                text -> "Xếp loại \"" + text + "\" không hợp lệ: chỉ ghi " + String.join(", ",
                        NominationVocabulary.ratingLabels()) + " (hoặc viết tắt HTXS, HTT, HT, KHT).");
        Integer score = integer(SCORE, 0, 100);
        String title = title(kind);
        String achievements = Optional.ofNullable(text(ACHIEVEMENTS, MAX_ACHIEVEMENTS)).orElse("");
        if (kind != null) {
            for (NominationColumn column : NominationColumn.values()) {
                if (column.only() != null && column.only() != kind && current.cell(column.index()) != null) {
                    error(column, "Cột \"" + column.header() + "\" chỉ dùng cho "
                            + NominationVocabulary.label(column.only()).toLowerCase(java.util.Locale.ROOT)
                            + "; với " + NominationVocabulary.label(kind).toLowerCase(java.util.Locale.ROOT)
                            + " hãy để trống.");
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
        if (position == null) {
            error(POSITION, "Chưa ghi chức vụ (ví dụ Giáo viên, Tổ trưởng chuyên môn).");
        }
        String initiative = Optional.ofNullable(text(INITIATIVE, MAX_WORK_TITLE)).orElse("");
        RecognitionLevel initiativeLevel = level(INITIATIVE_LEVEL, INITIATIVE, initiative, "sáng kiến");
        String research = Optional.ofNullable(text(RESEARCH, MAX_WORK_TITLE)).orElse("");
        RecognitionLevel researchLevel = level(RESEARCH_LEVEL, RESEARCH, research, "đề tài");
        Discipline discipline = optional(DISCIPLINE, NominationVocabulary::discipline,
                text -> "Kỷ luật \"" + text + "\" không hợp lệ: chỉ ghi " + String.join(", ",
                        NominationVocabulary.disciplineLabels()) + ".").orElse(Discipline.NONE);
        Integer daysAbsent = Optional.ofNullable(integer(DAYS_ABSENT, 0, 366)).orElse(0);
        Boolean maternity = optional(MATERNITY_LEAVE, NominationVocabulary::yesNo,
                text -> "Nghỉ thai sản \"" + text + "\" không hợp lệ: chỉ ghi Có hoặc Không.").orElse(false);
        Integer months = integer(MONTHS_IN_POST, 0, 12);
        if (name == null || dateOfBirth == null) {
            return null;
        }
        return new Nomination(NomineeKeys.person(unitCode, name, dateOfBirth), NomineeKind.PERSON, unitCode, name,
                dateOfBirth, position, rating, initiative, initiativeLevel, research, researchLevel, discipline,
                daysAbsent, maternity, months, null, null, null, null, null, score, title, achievements);
    }

    private Nomination collective(String name, Rating rating, Integer score, String title, String achievements) {
        Integer members = integer(MEMBERS, 1, 100_000);
        if (members == null && !reported.contains(MEMBERS)) {
            error(MEMBERS, "Chưa ghi số thành viên của tập thể.");
        }
        Integer completed = memberCount(MEMBERS_COMPLETED, members);
        Integer ldtt = memberCount(MEMBERS_LDTT, members);
        Integer cstdcs = memberCount(MEMBERS_CSTDCS, members);
        Integer disciplined = memberCount(MEMBERS_DISCIPLINED, members);
        if (name == null) {
            return null;
        }
        return new Nomination(NomineeKeys.collective(unitCode, name), NomineeKind.COLLECTIVE, unitCode, name,
                null, null, rating, null, null, null, null, null, null, null, null,
                members, completed, ldtt, cstdcs, disciplined, score, title, achievements);
    }

    private Integer memberCount(NominationColumn column, Integer members) {
        Integer count = integer(column, 0, 100_000);
        if (count == null && !reported.contains(column)) {
            error(column, "Chưa ghi \"" + column.header() + "\" (ghi 0 nếu không có).");
        } else if (count != null && members != null && count > members) {
            error(column, "\"" + column.header() + "\" là " + count + ", lớn hơn số thành viên (" + members + ").");
        }
        return count;
    }

    private RecognitionLevel level(NominationColumn column, NominationColumn work, String workTitle, String what) {
        Optional<RecognitionLevel> level = optional(column, NominationVocabulary::level,
                text -> "Cấp \"" + text + "\" không hợp lệ: chỉ ghi " + String.join(", ",
                        NominationVocabulary.levelLabels()) + ".");
        if (level.isPresent() && level.get() != RecognitionLevel.NONE && workTitle.isEmpty()
                && !reported.contains(work)) {
            error(column, "Đã ghi cấp " + NominationVocabulary.label(level.get()) + " nhưng chưa ghi tên " + what
                    + " ở cột \"" + work.header() + "\".");
        }
        return level.orElse(RecognitionLevel.NONE);
    }

    private String title(NomineeKind kind) {
        String text = text(REQUESTED_TITLE, MAX_NAME);
        if (text == null) {
            if (!reported.contains(REQUESTED_TITLE)) {
                error(REQUESTED_TITLE, "Chưa ghi danh hiệu đề nghị.");
            }
            return null;
        }
        Optional<TitleRule> title = titles.find(text);
        if (title.isEmpty()) {
            error(REQUESTED_TITLE, "Danh hiệu \"" + text + "\" không có trong bộ tiêu chí của phong trào; chỉ ghi: "
                    + titles.titles().stream().filter(t -> kind == null || t.kind() == kind)
                    .map(t -> t.name() + " (" + t.code() + ")").collect(Collectors.joining(", ")) + ".");
            return null;
        }
        if (kind != null && title.get().kind() != kind) {
            error(REQUESTED_TITLE, "Danh hiệu \"" + title.get().name() + "\" dành cho "
                    + NominationVocabulary.label(title.get().kind()).toLowerCase(java.util.Locale.ROOT)
                    + ", không đề nghị cho " + NominationVocabulary.label(kind).toLowerCase(java.util.Locale.ROOT)
                    + ".");
            return null;
        }
        return title.get().code();
    }

    private LocalDate dateOfBirth() {
        Cell cell = usable(DATE_OF_BIRTH);
        if (cell == null) {
            if (!reported.contains(DATE_OF_BIRTH)) {
                error(DATE_OF_BIRTH, "Chưa ghi ngày sinh (ngày/tháng/năm, ví dụ 05/09/1985).");
            }
            return null;
        }
        LocalDate date;
        if (cell.kind() == CellKind.DATE) {
            date = cell.date();
        } else {
            String text = cell.text().strip();
            Matcher dmy = DMY.matcher(text);
            Matcher iso = ISO.matcher(text);
            try {
                if (cell.kind() == CellKind.TEXT && dmy.matches()) {
                    date = LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                            Integer.parseInt(dmy.group(1)));
                } else if (cell.kind() == CellKind.TEXT && iso.matches()) {
                    date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                            Integer.parseInt(iso.group(3)));
                } else {
                    error(DATE_OF_BIRTH, "Ngày sinh \"" + text + "\" phải ghi dạng ngày/tháng/năm, ví dụ 05/09/1985.");
                    return null;
                }
            } catch (DateTimeException e) {
                error(DATE_OF_BIRTH, "Ngày sinh " + text + " không có thật (kiểm tra ngày và tháng).");
                return null;
            }
        }
        String shown = DAY_MONTH_YEAR.format(date);
        if (date.isAfter(today)) {
            error(DATE_OF_BIRTH, "Ngày sinh " + shown + " ở tương lai.");
            return null;
        }
        int age = Period.between(date, today).getYears();
        if (age < MIN_AGE) {
            error(DATE_OF_BIRTH, "Ngày sinh " + shown + ": người này mới " + age + " tuổi; cá nhân được đề nghị phải "
                    + "từ đủ " + MIN_AGE + " tuổi. Hãy kiểm tra năm sinh.");
            return null;
        }
        if (age > MAX_AGE) {
            error(DATE_OF_BIRTH, "Ngày sinh " + shown + ": người này đã " + age + " tuổi; hệ thống chỉ nhận người từ "
                    + MIN_AGE + " đến " + MAX_AGE + " tuổi. Hãy kiểm tra năm sinh.");
            return null;
        }
        return date;
    }

    // ---- cells ---------------------------------------------------------------------------------------------

    /** The cell, or null when blank or already reported (formula, error). */
    private Cell usable(NominationColumn column) {
        return reported.contains(column) ? null : row.cell(column.index());
    }

    /** NFC (done when reading), stripped, whitespace runs collapsed for one-line fields; null when blank. */
    private String text(NominationColumn column, int max) {
        Cell cell = usable(column);
        if (cell == null) {
            return null;
        }
        String text = column == ACHIEVEMENTS ? cell.text().strip().replace("\r\n", "\n")
                : SPACES.matcher(cell.text().strip()).replaceAll(" ");
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            error(column, "\"" + column.header() + "\" dài " + text.codePointCount(0, text.length())
                    + " ký tự, tối đa " + max + " ký tự.");
            return null;
        }
        return text;
    }

    private <T> T required(NominationColumn column, String missing, Function<String, Optional<T>> parse,
                           Function<String, String> invalid) {
        Optional<T> value = optional(column, parse, invalid);
        if (value.isEmpty() && !reported.contains(column)) {
            error(column, missing);
        }
        return value.orElse(null);
    }

    private <T> Optional<T> optional(NominationColumn column, Function<String, Optional<T>> parse,
                                     Function<String, String> invalid) {
        String text = text(column, Integer.MAX_VALUE);
        if (text == null) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            error(column, invalid.apply(text));
        }
        return value;
    }

    private Integer integer(NominationColumn column, int min, int max) {
        Cell cell = usable(column);
        if (cell == null) {
            return null;
        }
        long value;
        String text = cell.text().strip();
        if (cell.kind() == CellKind.NUMBER && cell.number() == Math.rint(cell.number())
                && Math.abs(cell.number()) < 1e9) {
            value = (long) cell.number();
        } else if (cell.kind() == CellKind.TEXT && INTEGER.matcher(text).matches() && text.length() < 10) {
            value = Long.parseLong(text);
        } else {
            error(column, "\"" + column.header() + "\" phải là số nguyên, không phải \"" + text + "\".");
            return null;
        }
        if (value < 0) {
            error(column, "\"" + column.header() + "\" không được âm (" + value + ").");
            return null;
        }
        if (value < min || value > max) {
            error(column, "\"" + column.header() + "\" phải từ " + min + " đến " + max + ", không phải " + value + ".");
            return null;
        }
        return (int) value;
    }

    private void error(NominationColumn column, String message) {
        reported.add(column);
        errors.add(new InputError(row.number(), column.index() + 1, column.header(), message));
    }
}
