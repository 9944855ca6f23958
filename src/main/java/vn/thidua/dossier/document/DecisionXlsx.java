package vn.thidua.dossier.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thidua.dossier.AwardDecision.Award;

/**
 * The decision's list as a spreadsheet, one row per award in the order of the annex, for offices that sort,
 * filter or mail-merge certificates from it. Values only: every cell is text except STT.
 */
final class DecisionXlsx {

    private static final String[] HEADINGS = {"decision.list.number", "decision.list.award", "decision.list.kind",
            "decision.list.name", "decision.list.position", "decision.list.unit"};
    /** Column widths in characters. */
    private static final int[] WIDTHS = {6, 30, 14, 32, 26, 40};
    private static final int NOTE_WIDTH = 22;
    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 1;

    private DecisionXlsx() {
    }

    static byte[] render(DecisionWording words) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            // Font 0 is the workbook's default: empty cells and new rows get Times New Roman too.
            XSSFFont normal = workbook.getFontAt(0);
            normal.setFontName(DecisionDocx.FONT);
            normal.setFontHeightInPoints((short) 12);
            XSSFFont bold = font(workbook, 12);
            XSSFFont titleFont = font(workbook, 14);

            CellStyle title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setWrapText(true);
            CellStyle header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            CellStyle text = bordered(workbook);
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle number = bordered(workbook);
            number.setAlignment(HorizontalAlignment.CENTER);

            List<Award> awards = words.awardsInListOrder();
            // A decision that grants exemplary models has one more column, marking them (Ghi chú).
            boolean models = awards.stream().anyMatch(Award::exemplaryModel);
            int columns = HEADINGS.length + (models ? 1 : 0);

            XSSFSheet sheet = workbook.createSheet(words.text("decision.list.sheet"));
            Row titleRow = sheet.createRow(TITLE_ROW);
            titleRow.setHeightInPoints(36);
            Cell titleCell = titleRow.createCell(0);
            titleCell.setCellValue(nfc(words.text("decision.list.title", words.decision().number(), words.date())));
            titleCell.setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, columns - 1));

            Row headerRow = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < columns; i++) {
                Cell cell = headerRow.createCell(i);
                cell.setCellValue(words.text(i < HEADINGS.length ? HEADINGS[i] : "decision.list.note"));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, (i < HEADINGS.length ? WIDTHS[i] : NOTE_WIDTH) * 256);
            }

            for (int a = 0; a < awards.size(); a++) {
                Award award = awards.get(a);
                Row row = sheet.createRow(HEADER_ROW + 1 + a);
                Cell stt = row.createCell(0);
                stt.setCellValue(a + 1);
                stt.setCellStyle(number);
                String[] values = models
                        ? new String[] {award.titleName(), words.kind(award.kind()), award.fullName(),
                                award.position(), award.unitName(),
                                award.exemplaryModel() ? words.text("decision.list.model") : null}
                        : new String[] {award.titleName(), words.kind(award.kind()), award.fullName(),
                                award.position(), award.unitName()};
                for (int i = 0; i < values.length; i++) {
                    Cell cell = row.createCell(i + 1);
                    cell.setCellValue(values[i] == null ? "" : nfc(values[i]));
                    cell.setCellStyle(text);
                }
            }

            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW + awards.size(), 0, columns - 1));
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFFont font(XSSFWorkbook workbook, int size) {
        XSSFFont font = workbook.createFont();
        font.setFontName(DecisionDocx.FONT);
        font.setFontHeightInPoints((short) size);
        font.setBold(true);
        return font;
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
