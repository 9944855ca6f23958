package vn.thidua.dossier.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The template linked from the README is the one the application serves for the default titles. After changing
 * the layout, regenerate it with {@code ./mvnw -o test -Dtest=TemplateDocumentTest -Dthidua.docs.regenerate=true}.
 */
class TemplateDocumentTest {

    static final Path COMMITTED = Path.of("docs", "mau-danh-sach-de-nghi-khen-thuong.xlsx");

    @Test
    void committedTemplateMatchesTheCode() throws IOException {
        byte[] generated = new NominationFiles().template(TestSheets.DEFAULT_TITLES);
        if (Boolean.getBoolean("thidua.docs.regenerate")) {
            Files.write(COMMITTED, generated);
        }
        assertThat(COMMITTED).exists();
        // Compared by what a user sees, not byte for byte: the file records when it was written.
        assertThat(content(Files.readAllBytes(COMMITTED))).isEqualTo(content(generated));
    }

    @Test
    void contentComparisonSeesAChangedHeader() throws IOException {
        byte[] generated = new NominationFiles().template(TestSheets.DEFAULT_TITLES);
        byte[] changed;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(generated));
             var out = new java.io.ByteArrayOutputStream()) {
            workbook.getSheetAt(0).getRow(0).getCell(3).setCellValue("Năm sinh");
            workbook.write(out);
            changed = out.toByteArray();
        }
        assertThat(content(changed)).isNotEqualTo(content(generated));
    }

    /** Sheet names, every cell's text and every dropdown, sheet by sheet. */
    private static List<String> content(byte[] xlsx) throws IOException {
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                lines.add("# " + sheet.getSheetName());
                lines.add(NominationFilesTest.allText(sheet));
                List<String> dropdowns = new ArrayList<>();
                for (DataValidation validation : sheet.getDataValidations()) {
                    dropdowns.add(validation.getRegions().getCellRangeAddress(0).formatAsString() + " "
                            + validation.getValidationConstraint().getValidationType() + " "
                            + validation.getValidationConstraint().getFormula1() + " "
                            + validation.getValidationConstraint().getFormula2() + " "
                            + validation.getErrorBoxText());
                }
                dropdowns.sort(null);
                lines.addAll(dropdowns);
            }
        }
        return lines;
    }
}
