package vn.thidua.dossier.file;

import vn.thidua.text.Messages;
import static vn.thidua.dossier.file.NominationColumn.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thidua.dossier.NominationChecker;
import vn.thidua.dossier.NominationVocabulary;
import vn.thidua.dossier.TitleMatcher;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.RecognitionLevel;
import vn.thidua.rules.TitleRule;
import vn.thidua.text.Messages;

/** Writes the template (no rows) or a list in the template's layout, with the "Hướng dẫn" sheet. */
final class NominationWorkbook {

    private static final int[] WIDTHS = {6, 10, 30, 13, 20, 28, 30, 16, 30, 16, 13, 9, 9, 10, 10, 12, 9, 10, 10, 10,
            28, 60};

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final TitleMatcher titles;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrap;
    private final CellStyle bold;
    private final CellStyle heading;

    private NominationWorkbook(TitleMatcher titles) {
        this.titles = titles;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setBorderTop(BorderStyle.THIN);
        header.setBorderLeft(BorderStyle.THIN);
        header.setBorderRight(BorderStyle.THIN);
        // Dates typed as text stay as typed (05/09/1985) whatever the regional settings of the user's Excel.
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        bold.setWrapText(true);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        heading = workbook.createCellStyle();
        heading.setFont(big);
    }

    static byte[] write(List<Nomination> nominations, TitleMatcher titles) {
        NominationWorkbook book = new NominationWorkbook(titles);
        XSSFSheet list = book.workbook.createSheet(NominationFiles.LIST_SHEET);
        XSSFSheet guide = book.workbook.createSheet(NominationFiles.GUIDE_SHEET);
        String titleRange = book.guide(guide);
        book.list(list, nominations, titleRange);
        try (XSSFWorkbook workbook = book.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void list(XSSFSheet sheet, List<Nomination> nominations, String titleRange) {
        XSSFRow head = sheet.createRow(0);
        head.setHeightInPoints(45);
        for (NominationColumn column : NominationColumn.values()) {
            XSSFCell cell = head.createCell(column.index());
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(column.index(), WIDTHS[column.index()] * 256);
        }
        sheet.setDefaultColumnStyle(DATE_OF_BIRTH.index(), text);
        sheet.createFreezePane(3, 1);
        for (int i = 0; i < nominations.size(); i++) {
            row(sheet.createRow(i + 1), i + 1, nominations.get(i));
        }
        validations(sheet, titleRange);
    }

    private void row(XSSFRow row, int number, Nomination n) {
        row.createCell(NO.index()).setCellValue(number);
        put(row, KIND, NominationVocabulary.label(n.kind()));
        put(row, NAME, n.fullName());
        XSSFCell born = row.createCell(DATE_OF_BIRTH.index());
        born.setCellStyle(text);
        put(row, RATING, n.rating() == null ? null : NominationVocabulary.label(n.rating()));
        if (n instanceof Nomination.Person p) {
            if (p.dateOfBirth() != null) {
                born.setCellValue(NominationChecker.DAY_MONTH_YEAR.format(p.dateOfBirth()));
            }
            put(row, POSITION, p.position());
            put(row, INITIATIVE, p.initiative());
            put(row, INITIATIVE_LEVEL, level(p.initiative(), p.initiativeLevel()));
            put(row, RESEARCH, p.research());
            put(row, RESEARCH_LEVEL, level(p.research(), p.researchLevel()));
            put(row, DISCIPLINE, p.discipline() == null ? null : NominationVocabulary.label(p.discipline()));
            put(row, DAYS_ABSENT, p.daysAbsent());
            put(row, MATERNITY_LEAVE, p.maternityLeave() == null ? null
                    : p.maternityLeave() ? NominationVocabulary.YES : NominationVocabulary.NO);
            put(row, MONTHS_IN_POST, p.monthsInPost());
        } else if (n instanceof Nomination.Collective c) {
            put(row, MEMBERS, c.members());
            put(row, MEMBERS_COMPLETED, c.membersCompleted());
            put(row, MEMBERS_LDTT, c.membersLdtt());
            put(row, MEMBERS_CSTDCS, c.membersCstdcs());
            put(row, MEMBERS_DISCIPLINED, c.membersDisciplined());
        }
        put(row, SCORE, n.score());
        put(row, REQUESTED_TITLE, n.requestedTitle() == null ? null
                : titles.byCode(n.requestedTitle()).map(TitleRule::name).orElse(n.requestedTitle()));
        put(row, ACHIEVEMENTS, n.achievements());
        row.getCell(ACHIEVEMENTS.index(), org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                .setCellStyle(wrap);
    }

    /** A level is written when there is something it recognised; a blank level reads back as not recognised. */
    private static String level(String work, RecognitionLevel level) {
        if (level == null || (level == RecognitionLevel.NONE && (work == null || work.isEmpty()))) {
            return null;
        }
        return NominationVocabulary.label(level);
    }

    private static void put(XSSFRow row, NominationColumn column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column.index()).setCellValue(value);
        }
    }

    private static void put(XSSFRow row, NominationColumn column, Integer value) {
        if (value != null) {
            row.createCell(column.index()).setCellValue(value);
        }
    }

    private void validations(XSSFSheet sheet, String titleRange) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        list(sheet, helper, KIND, NominationVocabulary.kindLabels());
        list(sheet, helper, RATING, NominationVocabulary.ratingLabels());
        list(sheet, helper, INITIATIVE_LEVEL, NominationVocabulary.levelLabels());
        list(sheet, helper, RESEARCH_LEVEL, NominationVocabulary.levelLabels());
        list(sheet, helper, DISCIPLINE, NominationVocabulary.disciplineLabels());
        list(sheet, helper, MATERNITY_LEAVE, List.of(NominationVocabulary.YES, NominationVocabulary.NO));
        if (titleRange != null) {
            add(sheet, helper, REQUESTED_TITLE, helper.createFormulaListConstraint(titleRange),
                    Messages.get("nomination.template.pickTitle", NominationFiles.GUIDE_SHEET));
        }
        whole(sheet, helper, DAYS_ABSENT, 0, 366);
        whole(sheet, helper, MONTHS_IN_POST, 0, 12);
        for (NominationColumn column : List.of(MEMBERS, MEMBERS_COMPLETED, MEMBERS_LDTT, MEMBERS_CSTDCS,
                MEMBERS_DISCIPLINED)) {
            whole(sheet, helper, column, 0, 100_000);
        }
        whole(sheet, helper, SCORE, 0, 100);
    }

    private void list(XSSFSheet sheet, DataValidationHelper helper, NominationColumn column, List<String> values) {
        add(sheet, helper, column, helper.createExplicitListConstraint(values.toArray(String[]::new)),
                Messages.get("nomination.template.pickValue", String.join(", ", values)));
    }

    private void whole(XSSFSheet sheet, DataValidationHelper helper, NominationColumn column, int min, int max) {
        add(sheet, helper, column, helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                Integer.toString(min), Integer.toString(max)), Messages.get("nomination.template.whole", min, max));
    }

    private void add(XSSFSheet sheet, DataValidationHelper helper, NominationColumn column,
                     DataValidationConstraint constraint, String message) {
        sheet.addValidationData(validation(sheet, helper, column, constraint, message));
    }

    private DataValidation validation(XSSFSheet sheet, DataValidationHelper helper, NominationColumn column,
                                      DataValidationConstraint constraint, String message) {
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1,
                NominationFiles.MAX_ROWS, column.index(), column.index()));
        // A warning, not a stop: the reader also takes abbreviations (HTXS, LĐTT) the dropdown does not list.
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox(column.header(), message);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        return validation;
    }

    // ---- "Hướng dẫn" ---------------------------------------------------------------------------------------

    /** Fills the guide; returns the range of title names the title dropdown offers, or null if none. */
    private String guide(XSSFSheet sheet) {
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        sheet.setColumnWidth(3, 90 * 256);
        int r = 0;
        cell(sheet, r++, 0, Messages.get("nomination.template.heading"), heading);
        for (String note : List.of(
                Messages.get("nomination.template.note1", NominationFiles.LIST_SHEET),
                Messages.get("nomination.template.note2", NominationFiles.MAX_ROWS,
                        NominationFiles.MAX_BYTES / (1024 * 1024)),
                Messages.get("nomination.template.note3"),
                Messages.get("nomination.template.note4"),
                Messages.get("nomination.template.note5"),
                Messages.get("nomination.template.note6"),
                Messages.get("nomination.template.note7"))) {
            cell(sheet, r, 0, "•", wrap);
            cell(sheet, r, 1, note, wrap);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 3));
            sheet.getRow(r).setHeightInPoints(30);
            r++;
        }
        r++;
        r = table(sheet, r, Messages.get("nomination.template.columns"), List.of(
                Messages.get("nomination.template.column"), Messages.get("nomination.template.header"),
                Messages.get("nomination.template.for"), Messages.get("nomination.template.how")));
        for (NominationColumn column : NominationColumn.values()) {
            String values = switch (column) {
                case KIND -> Messages.get("nomination.template.values",
                        String.join(", ", NominationVocabulary.kindLabels()));
                case RATING -> Messages.get("nomination.template.ratings",
                        String.join("; ", NominationVocabulary.ratingLabels()));
                case INITIATIVE_LEVEL, RESEARCH_LEVEL -> Messages.get("nomination.template.values",
                        String.join("; ", NominationVocabulary.levelLabels()));
                case DISCIPLINE -> Messages.get("nomination.template.values",
                        String.join("; ", NominationVocabulary.disciplineLabels()));
                case MATERNITY_LEAVE -> Messages.get("nomination.template.values",
                        NominationVocabulary.YES + ", " + NominationVocabulary.NO);
                default -> "";
            };
            String who = column.only() == null ? Messages.get("nomination.template.both")
                    : NominationVocabulary.label(column.only());
            row(sheet, r++, column.letter(), column.header(), who, column.guide() + values);
        }
        r++;
        if (titles.titles().isEmpty()) {
            return null;
        }
        r = table(sheet, r, Messages.get("nomination.template.titles"), List.of(
                Messages.get("nomination.template.code"), Messages.get("nomination.template.name"),
                Messages.get("nomination.template.for"), Messages.get("nomination.template.note")));
        int first = r;
        for (TitleRule title : titles.titles()) {
            row(sheet, r++, title.code(), title.name(), NominationVocabulary.label(title.kind()),
                    Messages.get("nomination.template.titleSpellings", title.code()));
        }
        return "'" + NominationFiles.GUIDE_SHEET + "'!$B$" + (first + 1) + ":$B$" + r;
    }

    private int table(XSSFSheet sheet, int r, String caption, List<String> headers) {
        cell(sheet, r++, 0, caption, bold);
        for (int c = 0; c < headers.size(); c++) {
            cell(sheet, r, c, headers.get(c), header);
        }
        return r + 1;
    }

    private void row(XSSFSheet sheet, int r, String... values) {
        for (int c = 0; c < values.length; c++) {
            cell(sheet, r, c, values[c], wrap);
        }
    }

    private static void cell(XSSFSheet sheet, int r, int c, String value, CellStyle style) {
        XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        XSSFCell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
