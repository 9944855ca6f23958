package vn.thidua.bloc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.thidua.bloc.BlocYearRepository.Rank;
import vn.thidua.rules.BlocRules;
import vn.thidua.text.Messages;

/**
 * The bloc's ranking as a spreadsheet (bảng xếp hạng khối thi đua): one row per member in rank order, the agreed
 * points per criterion of the rule set, the total, the rank and whether it leads the bloc. Before the bloc agreed its
 * scores the rows follow the current scoring table.
 */
@Component
class RankingWorkbook {

    private final BlocYears years;

    RankingWorkbook(BlocYears years) {
        this.years = years;
    }

    byte[] write(BlocYears.Context c) {
        BlocRules rules = years.rulesOf(c.year());
        List<BlocYears.ScoreLine> table = years.scoreTable(c);
        List<Rank> ranking = years.repository().ranking(c.year().id());
        Map<String, BlocYears.ScoreLine> byUnit = new java.util.HashMap<>();
        table.forEach(l -> byUnit.put(l.unitCode(), l));
        List<String> order = ranking.isEmpty() ? table.stream().map(BlocYears.ScoreLine::unitCode).toList()
                : ranking.stream().map(Rank::unitCode).toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            Sheet sheet = workbook.createSheet(Messages.get("bloc.ranking.sheet"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(Messages.get("bloc.ranking.title", c.bloc().name(),
                    c.bloc().schoolYear()));
            title.getCell(0).setCellStyle(header);
            Row heads = sheet.createRow(1);
            int col = 0;
            heads.createCell(col++).setCellValue(Messages.get("bloc.ranking.rank"));
            heads.createCell(col++).setCellValue(Messages.get("bloc.ranking.unit"));
            for (BlocRules.Criterion criterion : rules.criteria()) {
                heads.createCell(col++).setCellValue(Messages.get("bloc.ranking.criterion", criterion.name(),
                        criterion.maxPoints().stripTrailingZeros().toPlainString()));
            }
            heads.createCell(col++).setCellValue(Messages.get("bloc.ranking.total"));
            heads.createCell(col).setCellValue(Messages.get("bloc.ranking.leading"));
            heads.forEach(cell -> cell.setCellStyle(header));
            sheet.setColumnWidth(1, 40 * 256);
            int r = 2;
            for (String unit : order) {
                BlocYears.ScoreLine line = byUnit.get(unit);
                if (line == null) {
                    continue;
                }
                Rank rank = ranking.stream().filter(x -> x.unitCode().equals(unit)).findFirst().orElse(null);
                Row row = sheet.createRow(r++);
                col = 0;
                if (rank == null) {
                    row.createCell(col++).setCellValue("");
                } else {
                    row.createCell(col++).setCellValue(rank.rankNo());
                }
                row.createCell(col++).setCellValue(line.unitName());
                for (BlocRules.Criterion criterion : rules.criteria()) {
                    var value = line.agreed().get(criterion.code());
                    if (value == null) {
                        row.createCell(col++).setCellValue("");
                    } else {
                        row.createCell(col++).setCellValue(value.doubleValue());
                    }
                }
                row.createCell(col++).setCellValue(line.agreedTotal().doubleValue());
                row.createCell(col).setCellValue(rank != null && rank.leading()
                        ? Messages.get("bloc.ranking.leadingYes") : "");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
