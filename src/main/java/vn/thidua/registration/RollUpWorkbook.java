package vn.thidua.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thidua.report.ReportStatus;
import vn.thidua.text.Messages;
import vn.thidua.web.DayInput;

/** Bảng tổng hợp đăng ký thi đua as an Excel workbook: the units, the totals, the targets and the people. */
final class RollUpWorkbook {

    private RollUpWorkbook() {
    }

    /** "tong-hop-dang-ky-thi-dua-PGDQ1.xlsx" */
    static String fileName(String unitCode) {
        String folded = unitCode == null ? "" : unitCode.replaceAll("[^A-Za-z0-9]+", "-");
        return "tong-hop-dang-ky-thi-dua" + (folded.isEmpty() ? "" : "-" + folded) + ".xlsx";
    }

    static byte[] write(RollUp rollUp, String campaignName) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            CellStyle bold = book.createCellStyle();
            bold.setFont(boldFont);

            Sheet units = book.createSheet(Messages.get("registration.rollup.sheet.units"));
            int r = 0;
            title(units, r++, Messages.get("registration.rollup.heading", rollUp.unitName()), bold);
            title(units, r++, campaignName, null);
            row(units, r++, bold, Messages.get("registration.rollup.counts",
                    rollUp.total(), rollUp.sent(), rollUp.approved(), rollUp.returned(), rollUp.notSent()));
            r++;
            row(units, r++, bold, Messages.get("registration.column.no"), Messages.get("registration.column.unit"),
                    Messages.get("registration.column.status"), Messages.get("registration.column.collectiveTitle"),
                    Messages.get("registration.column.peopleCount"), Messages.get("registration.column.targetCount"),
                    Messages.get("registration.column.workCount"), Messages.get("registration.column.reached"),
                    Messages.get("registration.column.missed"));
            int n = 0;
            for (RollUp.UnitLine u : rollUp.units()) {
                Row row = row(units, r++, null, String.valueOf(++n), u.unitName(), u.statusLabel(),
                        u.collectiveTitle());
                row.createCell(4).setCellValue(u.people());
                row.createCell(5).setCellValue(u.targets());
                row.createCell(6).setCellValue(u.works());
                if (ReportStatus.ACCEPTED.name().equals(u.status())) {
                    row.createCell(7).setCellValue(u.reached());
                    row.createCell(8).setCellValue(u.missed());
                }
            }
            r++;
            title(units, r++, Messages.get("registration.rollup.collectiveTitles"), bold);
            for (RollUp.TitleCount t : rollUp.collectiveTitles()) {
                row(units, r++, null, t.name()).createCell(1).setCellValue(t.count());
            }
            r++;
            title(units, r++, Messages.get("registration.rollup.personTitles"), bold);
            for (RollUp.TitleCount t : rollUp.personTitles()) {
                row(units, r++, null, t.name()).createCell(1).setCellValue(t.count());
            }
            for (int c = 0; c < 9; c++) {
                units.setColumnWidth(c, c == 0 ? 8 * 256 : 26 * 256);
            }

            Sheet targets = book.createSheet(Messages.get("registration.rollup.sheet.targets"));
            row(targets, 0, bold, Messages.get("registration.column.targetName"),
                    Messages.get("registration.column.measure"), Messages.get("registration.column.unitCount"),
                    Messages.get("registration.column.sum"), Messages.get("registration.column.min"),
                    Messages.get("registration.column.max"));
            r = 1;
            for (RollUp.TargetTotal t : rollUp.targets()) {
                Row row = row(targets, r++, null, t.name(), t.measure());
                row.createCell(2).setCellValue(t.units());
                number(row, 3, t.sum());
                number(row, 4, t.min());
                number(row, 5, t.max());
            }
            targets.setColumnWidth(0, 50 * 256);
            targets.setColumnWidth(1, 16 * 256);

            Sheet people = book.createSheet(Messages.get("registration.rollup.sheet.people"));
            row(people, 0, bold, Messages.get("registration.column.no"), Messages.get("registration.column.fullName"),
                    Messages.get("registration.column.dateOfBirth"), Messages.get("registration.column.position"),
                    Messages.get("registration.column.unit"), Messages.get("registration.column.title"));
            r = 1;
            n = 0;
            for (RollUp.PersonLine p : rollUp.people()) {
                row(people, r++, null, String.valueOf(++n), p.person().fullName(),
                        DayInput.format(p.person().dateOfBirth()),
                        p.person().positionTitle() == null ? "" : p.person().positionTitle(), p.unitName(),
                        p.titleName());
            }
            for (int c = 0; c < 6; c++) {
                people.setColumnWidth(c, c == 0 ? 6 * 256 : 28 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the registration roll-up", e);
        }
    }

    private static void title(Sheet sheet, int r, String text, CellStyle style) {
        var cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static Row row(Sheet sheet, int r, CellStyle style, String... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(values[c] == null ? "" : values[c]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return row;
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }
}
