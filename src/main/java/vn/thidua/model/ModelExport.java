package vn.thidua.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.thidua.org.Unit;
import vn.thidua.rules.ModelRules;
import vn.thidua.text.Messages;

/**
 * The list of a unit's models (and those of every unit below it) as a spreadsheet, one row per model: what it is,
 * where it stands, its nurturing plan, its follow-ups and the units that replicated it, its honour. Values only;
 * what is personal (date of birth, contact) stays out.
 */
@Component
class ModelExport {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] HEADINGS = {"number", "name", "kind", "unit", "field", "criteria", "status",
            "chosenOn", "planSupport", "planBy", "planUntil", "followUps", "replicatedBy", "honouredYear",
            "honouredTitle", "published"};
    private static final int[] WIDTHS = {6, 32, 10, 32, 20, 50, 18, 12, 40, 24, 12, 12, 40, 10, 30, 10};

    private final ModelService service;

    ModelExport(ModelService service) {
        this.service = service;
    }

    byte[] workbook(Unit unit, List<ExemplaryModel> models) {
        Map<String, String> names = service.unitNames(models);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Sheet sheet = workbook.createSheet(Messages.get("model.export.sheet"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(Messages.get("model.export.title", unit.name()));
            title.getCell(0).setCellStyle(header);
            Row heads = sheet.createRow(1);
            for (int i = 0; i < HEADINGS.length; i++) {
                heads.createCell(i).setCellValue(Messages.get("model.export.column." + HEADINGS[i]));
                heads.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = 2;
            for (ExemplaryModel m : models) {
                ModelRules rules = service.rulesOf(m);
                List<ModelRepository.FollowUp> followUps = service.followUps(m.id());
                Row row = sheet.createRow(r);
                String[] values = {
                        m.name(),
                        ModelViews.kindLabel(m.kind()),
                        names.get(m.unitCode()),
                        ModelViews.fieldName(rules, m.fieldCode()),
                        m.criteria().stream().map(c -> rules.criterion(c).map(ModelRules.Criterion::name).orElse(c))
                                .collect(Collectors.joining("; ")),
                        m.status().label(),
                        vn.thidua.web.DayInput.format(m.chosenOn()),
                        nz(m.planSupport()), nz(m.planBy()), vn.thidua.web.DayInput.format(m.planUntil()),
                        String.valueOf(followUps.stream().filter(ModelRepository.FollowUp::filed).count()),
                        followUps.stream().map(ModelRepository.FollowUp::replicatedBy).filter(x -> x != null)
                                .map(x -> x.replaceAll("\\s*\\R\\s*", ", ")).collect(Collectors.joining("; ")),
                        m.honouredYear() == null ? "" : String.valueOf(m.honouredYear()),
                        nz(m.honouredTitle()),
                        m.published() ? Messages.get("model.export.yes") : ""};
                row.createCell(0).setCellValue(r - 1);
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i + 1).setCellValue(values[i] == null ? "" : values[i]);
                    row.getCell(i + 1).setCellStyle(wrap);
                }
                r++;
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
