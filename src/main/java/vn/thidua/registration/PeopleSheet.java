package vn.thidua.registration;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thidua.nomination.NomineeKeys;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.registration.RegistrationChecker.PersonRow;
import vn.thidua.rules.TitleRule;
import vn.thidua.text.Messages;
import vn.thidua.web.DayInput;

/**
 * The Excel list of people registering (danh sách cá nhân đăng ký thi đua), as the school keeps it: the template
 * to download, and the reading of a filled one into rows for {@link RegistrationChecker}. Columns are found by their
 * header, in any order; what is not a list of people is refused with one reason, before any row is read.
 */
final class PeopleSheet {

    /** An upload larger than this is not a list of names. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String TEMPLATE_NAME = "mau-danh-sach-dang-ky-thi-dua.xlsx";
    private static final int HEADER_SEARCH_ROWS = 10;

    /** The columns, by the header the template writes. */
    enum Column {
        NO("registration.column.no"),
        FULL_NAME("registration.column.fullName"),
        DATE_OF_BIRTH("registration.column.dateOfBirth"),
        POSITION("registration.column.position"),
        TITLE("registration.column.title");

        final String key;

        Column(String key) {
            this.key = key;
        }

        String header() {
            return Messages.get(key);
        }
    }

    private PeopleSheet() {
    }

    static byte[] template(List<TitleRule> titles) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = boldStyle(book);
            Sheet sheet = book.createSheet(Messages.get("registration.sheet.people"));
            Row header = sheet.createRow(0);
            for (Column c : Column.values()) {
                Cell cell = header.createCell(c.ordinal());
                cell.setCellValue(c.header());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c.ordinal(), c == Column.NO ? 6 * 256 : 30 * 256);
            }
            TitleRule example = titles.stream().filter(t -> t.kind() == NomineeKind.PERSON).findFirst().orElse(null);
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue(Messages.get("registration.template.exampleName"));
            row.createCell(2).setCellValue(Messages.get("registration.template.exampleBirth"));
            row.createCell(3).setCellValue(Messages.get("registration.template.examplePosition"));
            row.createCell(4).setCellValue(example == null ? "" : example.name());
            Sheet list = book.createSheet(Messages.get("registration.sheet.titles"));
            Row head = list.createRow(0);
            head.createCell(0).setCellValue(Messages.get("registration.column.titleCode"));
            head.createCell(1).setCellValue(Messages.get("registration.column.title"));
            head.getCell(0).setCellStyle(bold);
            head.getCell(1).setCellStyle(bold);
            list.setColumnWidth(0, 14 * 256);
            list.setColumnWidth(1, 40 * 256);
            int r = 1;
            for (TitleRule t : titles) {
                if (t.kind() == NomineeKind.PERSON) {
                    Row line = list.createRow(r++);
                    line.createCell(0).setCellValue(t.code());
                    line.createCell(1).setCellValue(t.name());
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the registration template", e);
        }
    }

    /** The rows of the first sheet below its header, each cell where it stands (sheet line and column, from 1). */
    static List<PersonRow> read(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            throw fileError(fileName, Messages.get("registration.file.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw fileError(fileName, Messages.get("registration.file.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw fileError(fileName, Messages.get("registration.file.notXlsx"));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                throw fileError(fileName, Messages.get("registration.file.notXlsx"));
            }
            return rows(book.getSheetAt(0), fileName);
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI says "not a workbook" in many shapes (zip bombs, bad XML, encrypted files …): one reason for all.
            throw fileError(fileName, Messages.get("registration.file.notXlsx"));
        }
    }

    private static List<PersonRow> rows(Sheet sheet, String fileName) {
        DataFormatter formatter = new DataFormatter();
        Map<Column, Integer> columns = null;
        int headerRow = -1;
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row != null && headerOf(row, formatter) != null) {
                columns = headerOf(row, formatter);
                headerRow = r;
                break;
            }
        }
        if (columns == null) {
            throw fileError(fileName, Messages.get("registration.file.noHeader", Column.FULL_NAME.header()));
        }
        List<InputError> missing = new ArrayList<>();
        for (Column c : List.of(Column.FULL_NAME, Column.DATE_OF_BIRTH, Column.TITLE)) {
            if (!columns.containsKey(c)) {
                missing.add(new InputError(headerRow + 1, 0, c.header(),
                        Messages.get("registration.file.columnMissing", c.header())));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(Messages.get("registration.file.invalid", fileName), missing);
        }
        if (sheet.getLastRowNum() - headerRow > RegistrationChecker.MAX_ROWS) {
            throw fileError(fileName, Messages.get("registration.rows.tooMany", RegistrationChecker.MAX_ROWS));
        }
        List<PersonRow> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            rows.add(new PersonRow(r + 1, cell(row, columns, Column.FULL_NAME, formatter),
                    cell(row, columns, Column.DATE_OF_BIRTH, formatter), cell(row, columns, Column.POSITION, formatter),
                    cell(row, columns, Column.TITLE, formatter)));
        }
        return rows;
    }

    /** The columns a header row names, or null when the row names no "Họ và tên". */
    private static Map<Column, Integer> headerOf(Row row, DataFormatter formatter) {
        Map<Column, Integer> columns = new HashMap<>();
        for (Cell cell : row) {
            String folded = NomineeKeys.fold(formatter.formatCellValue(cell));
            for (Column c : Column.values()) {
                if (folded.equals(NomineeKeys.fold(c.header()))) {
                    columns.putIfAbsent(c, cell.getColumnIndex());
                }
            }
        }
        return columns.containsKey(Column.FULL_NAME) ? columns : null;
    }

    private static RegistrationChecker.Cell cell(Row row, Map<Column, Integer> columns, Column column,
                                                 DataFormatter formatter) {
        Integer index = columns.get(column);
        if (index == null) {
            return RegistrationChecker.Cell.of("", 0);
        }
        Cell cell = row.getCell(index);
        String text = "";
        if (cell != null) {
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                    : cell.getCellType();
            if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                // A day the sheet stores as a date: shown as the page shows days, whatever the file's format.
                LocalDate day = cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
                text = DayInput.format(day);
            } else {
                text = formatter.formatCellValue(cell);
            }
        }
        return RegistrationChecker.Cell.of(text, index + 1);
    }

    private static CellStyle boldStyle(XSSFWorkbook book) {
        Font font = book.createFont();
        font.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        return style;
    }

    static InvalidInputException fileError(String fileName, String reason) {
        String message = Messages.get("registration.file.refused", fileName, reason);
        return new InvalidInputException(message, List.of(new InputError(0, 0, "file", message)));
    }
}
