package vn.thidua.dossier.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thidua.nomination.NomineeKind;
import vn.thidua.rules.TitleRule;
import vn.thidua.rules.VoteDenominator;

/** Nomination lists built in code, as a unit would type them in Excel or save them as CSV. */
final class TestSheets {

    /** The default titles of the education sector's rule set (vote fields do not matter to files). */
    static final List<TitleRule> DEFAULT_TITLES = List.of(
            title("LDTT", "Lao động tiên tiến", NomineeKind.PERSON, 1),
            title("CSTDCS", "Chiến sĩ thi đua cơ sở", NomineeKind.PERSON, 2),
            title("GK", "Giấy khen", NomineeKind.PERSON, 3),
            title("CSTDTP", "Chiến sĩ thi đua cấp thành phố", NomineeKind.PERSON, 4),
            title("BKTP", "Bằng khen của Ủy ban nhân dân Thành phố", NomineeKind.PERSON, 5),
            title("TTLDTT", "Tập thể lao động tiên tiến", NomineeKind.COLLECTIVE, 1),
            title("TTLDXS", "Tập thể lao động xuất sắc", NomineeKind.COLLECTIVE, 2));

    static final List<String> HEADERS = Arrays.stream(NominationColumn.values())
            .map(NominationColumn::header).toList();

    /** A formula cell, e.g. {@code new Formula("1+1")}. */
    record Formula(String formula) {
    }

    private TestSheets() {
    }

    private static TitleRule title(String code, String name, NomineeKind kind, int rank) {
        return new TitleRule(code, name, kind, 2.0 / 3, 0.7, VoteDenominator.PRESENT, false, rank);
    }

    /**
     * One row in column order, 22 cells (fewer fill with blanks). Values: String, Integer, Double, LocalDate
     * (a real date cell), Boolean, {@link Formula}, or null for blank.
     */
    static Object[] row(Object... cells) {
        return Arrays.copyOf(cells, Math.max(cells.length, HEADERS.size()));
    }

    /** A person with everything right; change cells by column with {@link #with}. */
    static Object[] person(int no, String name, String born, String title) {
        return row(no, "Cá nhân", name, born, "Giáo viên", "Hoàn thành tốt nhiệm vụ", null, null, null, null,
                "Không", 0, "Không", 12, null, null, null, null, null, null, title, "Dạy tốt, học tốt.");
    }

    static Object[] collective(int no, String name, int members, String title) {
        return row(no, "Tập thể", name, null, null, "Hoàn thành xuất sắc nhiệm vụ", null, null, null, null, null,
                null, null, null, members, members, members - 1, 1, 0, null, title, "Tổ vững mạnh.");
    }

    static Object[] with(Object[] row, NominationColumn column, Object value) {
        Object[] copy = row.clone();
        copy[column.index()] = value;
        return copy;
    }

    static byte[] xlsx(Object[]... rows) {
        return xlsx(NominationFiles.LIST_SHEET, HEADERS.toArray(), rows);
    }

    static byte[] xlsx(String sheetName, Object[] header, Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            List<Object[]> all = new ArrayList<>();
            all.add(header);
            all.addAll(Arrays.asList(rows));
            for (int r = 0; r < all.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                Object[] cells = all.get(r);
                for (int c = 0; c < cells.length; c++) {
                    Object value = cells[c];
                    if (value == null) {
                        continue;
                    }
                    XSSFCell cell = row.createCell(c);
                    if (value instanceof String s) {
                        cell.setCellValue(s);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (value instanceof Formula f) {
                        cell.setCellFormula(f.formula());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same rows as CSV text, header first; dates as dd/MM/yyyy. */
    static String csv(char separator, Object[]... rows) {
        StringBuilder text = new StringBuilder(String.join(String.valueOf(separator), HEADERS)).append("\r\n");
        for (Object[] row : rows) {
            text.append(Arrays.stream(row).map(v -> csvField(v, separator))
                    .collect(Collectors.joining(String.valueOf(separator)))).append("\r\n");
        }
        return text.toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String csvField(Object value, char separator) {
        if (value == null) {
            return "";
        }
        String text = value instanceof LocalDate d ? vn.thidua.dossier.NominationChecker.DAY_MONTH_YEAR.format(d) : value.toString();
        if (text.indexOf(separator) >= 0 || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
