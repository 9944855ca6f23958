package vn.thidua.dossier.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

import vn.thidua.dossier.AwardDecision;
import vn.thidua.dossier.AwardDecision.Award;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.rules.RuleSetDefinition;

class DecisionDocumentsTest {

    private static final String LDTT = "Lao động tiên tiến";
    private static final String CSTDCS = "Chiến sĩ thi đua cơ sở";
    private static final String TTLDTT = "Tập thể lao động tiên tiến";

    private final DecisionDocuments documents = new DecisionDocuments(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/common", "i18n/decision");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** Phòng GD&ĐT Quận 1 closes the school year: 8 LĐTT, 2 CSTĐCS, 1 collective LĐTT. */
    static AwardDecision quan1(LocalDate signedOn, List<Award> awards) {
        return new AwardDecision("Phòng Giáo dục và Đào tạo Quận 1", "Ủy ban nhân dân Quận 1", "125/QĐ-GDĐT",
                signedOn, "Thành phố Hồ Chí Minh", "Trần Thị Ngọc Hạnh", "Trưởng phòng",
                "Phong trào thi đua năm học 2026-2027", "2026-2027",
                List.of("Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022",
                        "Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành Luật Thi đua, khen thưởng",
                        "Quyết định số 1024/QĐ-UBND ngày 20 tháng 8 năm 2026 của Ủy ban nhân dân Quận 1 về chức năng,"
                                + " nhiệm vụ của Phòng Giáo dục và Đào tạo."),
                awards);
    }

    static AwardDecision quan1(List<String> legalBases) {
        AwardDecision d = quan1(LocalDate.of(2027, 6, 15), awards());
        return new AwardDecision(d.issuingUnitName(), d.parentUnitName(), d.number(), d.signedOn(), d.place(),
                d.signerName(), d.signerPosition(), d.campaignName(), d.schoolYear(), legalBases, d.awards());
    }

    static List<Award> awards() {
        List<Award> awards = new ArrayList<>();
        awards.add(person("LDTT", LDTT, "Nguyễn Thị Thu Hằng", "Giáo viên", "Trường Tiểu học Lê Ngọc Hân"));
        awards.add(person("CSTDCS", CSTDCS, "Lê Văn Đức", "Hiệu trưởng", "Trường THCS Văn Lang"));
        awards.add(person("LDTT", LDTT, "Phạm Quỳnh Anh", "Giáo viên", "Trường Tiểu học Lê Ngọc Hân"));
        awards.add(new Award("TTLDTT", TTLDTT, NomineeKind.COLLECTIVE, "Tổ Toán – Tin", null,
                "Trường THCS Văn Lang"));
        awards.add(person("LDTT", LDTT, "Võ Hoàng Yến", "Tổng phụ trách Đội", "Trường Tiểu học Trần Hưng Đạo"));
        awards.add(person("LDTT", LDTT, "Đặng Quốc Khánh", "Giáo viên", "Trường THCS Minh Đức"));
        awards.add(person("LDTT", LDTT, "Huỳnh Thị Mỹ Lệ", "Kế toán", "Trường Mầm non Bến Nghé"));
        awards.add(person("CSTDCS", CSTDCS, "Bùi Thị Ngọc Ánh", "Phó Hiệu trưởng", "Trường Tiểu học Kết Đoàn"));
        awards.add(person("LDTT", LDTT, "Trương Gia Bảo", "Nhân viên thư viện", "Trường THCS Đức Trí"));
        awards.add(person("LDTT", LDTT, "Ngô Thị Tường Vi", "Giáo viên", "Trường Mầm non Tuổi Ngọc"));
        awards.add(person("LDTT", LDTT, "Dương Minh Triết", "Giáo viên", "Trường Tiểu học Nguyễn Thái Học"));
        return awards;
    }

    private static Award person(String code, String title, String name, String position, String unit) {
        return new Award(code, title, NomineeKind.PERSON, name, position, unit);
    }

    @Test
    void docxPrintsTheDecisionAfterDecree30() throws IOException {
        AwardDecision decision = quan1(LocalDate.of(2027, 6, 15), awards());

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(documents.docx(decision)))) {
            List<XWPFTable> tables = docx.getTables();
            assertThat(tables).hasSize(3);

            XWPFTableRow header = tables.get(0).getRow(0);
            assertThat(texts(header.getCell(0)))
                    .containsExactly("ỦY BAN NHÂN DÂN QUẬN 1", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "", "Số: 125/QĐ-GDĐT");
            assertThat(allBold(header.getCell(0).getParagraphs().get(1))).isTrue();
            assertThat(texts(header.getCell(1))).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "", "Thành phố Hồ Chí Minh, ngày 15 tháng 6 năm 2027");
            XWPFParagraph dateLine = header.getCell(1).getParagraphs().get(3);
            assertThat(dateLine.getRuns()).allMatch(XWPFRun::isItalic);
            assertThat(tables.get(0).getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);

            List<String> body = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(body).containsSubsequence(
                    "QUYẾT ĐỊNH",
                    "Về việc khen thưởng các cá nhân và tập thể có thành tích trong"
                            + " Phong trào thi đua năm học 2026-2027",
                    "TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN 1",
                    "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;",
                    "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành Luật Thi đua,"
                            + " khen thưởng;",
                    "Căn cứ Quyết định số 1024/QĐ-UBND ngày 20 tháng 8 năm 2026 của Ủy ban nhân dân Quận 1 về chức"
                            + " năng, nhiệm vụ của Phòng Giáo dục và Đào tạo;",
                    "Xét đề nghị của Hội đồng Thi đua – Khen thưởng Phòng Giáo dục và Đào tạo Quận 1.",
                    "QUYẾT ĐỊNH:",
                    "Điều 1. Công nhận danh hiệu Lao động tiên tiến cho 8 cá nhân; danh hiệu Chiến sĩ thi đua cơ sở"
                            + " cho 2 cá nhân; danh hiệu Tập thể lao động tiên tiến cho 1 tập thể"
                            + " (có danh sách kèm theo).",
                    "DANH SÁCH KHEN THƯỞNG",
                    "(Kèm theo Quyết định số 125/QĐ-GDĐT ngày 15 tháng 6 năm 2027 của Trưởng phòng Giáo dục và"
                            + " Đào tạo Quận 1)");
            assertThat(body).anyMatch(p -> p.startsWith("Điều 2. ")).anyMatch(p -> p.startsWith("Điều 3. "));
            assertThat(body.stream().filter(p -> p.startsWith("Căn cứ"))).hasSize(3);

            XWPFTableRow signature = tables.get(1).getRow(0);
            assertThat(texts(signature.getCell(0)).get(0)).isEqualTo("Nơi nhận:");
            assertThat(signature.getCell(0).getParagraphs().get(0).getRuns()).allMatch(XWPFRun::isItalic);
            List<String> signer = texts(signature.getCell(1));
            assertThat(signer.get(0)).isEqualTo("TRƯỞNG PHÒNG");
            assertThat(signer.get(signer.size() - 1)).isEqualTo("Trần Thị Ngọc Hạnh");
            assertThat(allBold(signature.getCell(1).getParagraphs().get(signer.size() - 1))).isTrue();

            List<List<String>> annex = tables.get(2).getRows().stream()
                    .map(row -> row.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
            assertThat(annex.get(0)).containsExactly("STT", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị");
            assertThat(annex).hasSize(1 + 3 + 11);
            assertThat(annex.get(1)).containsExactly("I. Danh hiệu Lao động tiên tiến");
            assertThat(annex.get(2)).containsExactly("1", "Nguyễn Thị Thu Hằng", "Giáo viên", "Trường Tiểu học Lê Ngọc Hân");
            assertThat(annex.get(9)).containsExactly("8", "Dương Minh Triết", "Giáo viên",
                    "Trường Tiểu học Nguyễn Thái Học");
            assertThat(annex.get(10)).containsExactly("II. Danh hiệu Chiến sĩ thi đua cơ sở");
            assertThat(annex.get(13)).containsExactly("III. Danh hiệu Tập thể lao động tiên tiến");
            assertThat(annex.get(14)).containsExactly("1", "Tổ Toán – Tin", "", "Trường THCS Văn Lang");
            for (Award award : decision.awards()) {
                assertThat(annex).as(award.fullName())
                        .contains(List.of(annex.stream().filter(r -> r.size() == 4 && r.get(1).equals(award.fullName()))
                                .findFirst().map(r -> r.get(0)).orElse("?"), award.fullName(),
                                award.position() == null ? "" : award.position(), award.unitName()));
            }
            assertThat(allBold(tables.get(2).getRow(1).getCell(0).getParagraphs().get(0))).isTrue();

            assertThat(runs(docx)).isNotEmpty().allSatisfy(run -> {
                assertThat(run.getFontFamily()).as(run.text()).isEqualTo("Times New Roman");
                assertThat(run.getFontSizeAsDouble()).as(run.text()).isBetween(11.0, 14.0);
            });

            CTPageMar margins = docx.getDocument().getBody().getSectPr().getPgMar();
            assertThat(twips(margins.getLeft())).isEqualTo(1701);
            assertThat(twips(margins.getRight())).isEqualTo(850);
            assertThat(twips(margins.getTop())).isEqualTo(1134);
            assertThat(twips(docx.getDocument().getBody().getSectPr().getPgSz().getW())).isEqualTo(11906);
        }
    }

    @Test
    void theDecisionCitesExactlyTheRuleSetsLegalBasesAndNeverItsDisplayName() throws IOException {
        RuleSetDefinition education = RuleSetDefinition.parse(Files.readAllBytes(SHIPPED_EDUCATION));

        String text = allText(documents.docx(quan1(education.legalBases())));

        assertThat(basisLines(text)).containsExactly(
                "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;",
                "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành"
                        + " Luật Thi đua, khen thưởng;");
        assertThat(text).doesNotContain("mặc định").doesNotContain(education.name());
    }

    /** A campaign launched on a version deployed before legalBases existed keeps its pin and a clean decision. */
    @Test
    void aVersionPinnedBeforeLegalBasesExistedCitesItsDocumentsWithoutTheDecoration() throws IOException {
        String shipped = Files.readString(SHIPPED_EDUCATION);
        String legacy = shipped.replaceFirst("(?s)\"legalBases\": \\[.*?\\],", "\"legalBasis\": "
                + "\"Luật Thi đua, Khen thưởng 2022 + Nghị định 152/2025/NĐ-CP (mặc định)\",");
        assertThat(legacy).doesNotContain("legalBases");
        RuleSetDefinition pinned = RuleSetDefinition.parseDeployed(legacy.getBytes(StandardCharsets.UTF_8));

        String text = allText(documents.docx(quan1(pinned.legalBases())));

        assertThat(basisLines(text)).containsExactly("Căn cứ Luật Thi đua, Khen thưởng 2022;",
                "Căn cứ Nghị định 152/2025/NĐ-CP;");
        assertThat(text).doesNotContain("mặc định");
    }

    private static final Path SHIPPED_EDUCATION = Path.of("processes/rules/giao-duc-2025/ruleset.json");

    private static String allText(byte[] docx) throws IOException {
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return text.getText();
        }
    }

    private static List<String> basisLines(String text) {
        return text.lines().map(String::trim).filter(l -> l.startsWith("Căn cứ")).toList();
    }

    @Test
    void daysBelowTenAndJanuaryFebruaryTakeALeadingZero() throws IOException {
        AwardDecision decision = quan1(LocalDate.of(2027, 1, 5), awards());

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(documents.docx(decision)))) {
            assertThat(texts(docx.getTables().get(0).getRow(0).getCell(1)))
                    .contains("Thành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2027");
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(
                quan1(LocalDate.of(2027, 3, 9), awards()))))) {
            assertThat(xlsx.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .endsWith("ngày 09 tháng 3 năm 2027");
        }
    }

    @Test
    void commendationFormsAreGivenAndAnIssuerWithoutParentKeepsItsFullName() throws IOException {
        AwardDecision decision = new AwardDecision("Trường Tiểu học Lê Ngọc Hân", null, "45/QĐ-THLNH",
                LocalDate.of(2027, 5, 28), "Quận 1", "Nguyễn Văn Tâm", "Hiệu trưởng",
                "Phong trào thi đua “Dạy tốt – Học tốt”", "2026-2027", null,
                List.of(new Award("GK", "Giấy khen", NomineeKind.COLLECTIVE, "Tổ khối Năm", null,
                        "Trường Tiểu học Lê Ngọc Hân")));

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(documents.docx(decision)))) {
            assertThat(texts(docx.getTables().get(0).getRow(0).getCell(0)))
                    .containsExactly("TRƯỜNG TIỂU HỌC LÊ NGỌC HÂN", "", "Số: 45/QĐ-THLNH");
            List<String> body = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(body).contains(
                    "Về việc khen thưởng các tập thể có thành tích trong Phong trào thi đua “Dạy tốt – Học tốt”"
                            + " (năm học 2026-2027)",
                    "HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC LÊ NGỌC HÂN",
                    "Điều 1. Tặng Giấy khen cho 1 tập thể (có danh sách kèm theo).");
            assertThat(body).noneMatch(p -> p.startsWith("Căn cứ"));
        }
    }

    @Test
    void xlsxListsEveryAwardWithTheDecisionInTheTitle() throws IOException {
        AwardDecision decision = quan1(LocalDate.of(2027, 6, 15), awards());

        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(decision)))) {
            assertThat(xlsx.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = xlsx.getSheet("Danh sách khen thưởng");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(
                    "Danh sách khen thưởng kèm theo Quyết định số 125/QĐ-GDĐT ngày 15 tháng 6 năm 2027");
            assertThat(values(sheet.getRow(1))).containsExactly("STT", "Danh hiệu / Hình thức", "Cá nhân / Tập thể",
                    "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị");
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(20 * 256);

            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 11);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                rows.add(values(sheet.getRow(r)));
            }
            assertThat(rows.get(0)).containsExactly("1", LDTT, "Cá nhân", "Nguyễn Thị Thu Hằng", "Giáo viên",
                    "Trường Tiểu học Lê Ngọc Hân");
            assertThat(rows.get(10)).containsExactly("11", TTLDTT, "Tập thể", "Tổ Toán – Tin", "",
                    "Trường THCS Văn Lang");
            for (Award award : decision.awards()) {
                assertThat(rows).as(award.fullName()).anySatisfy(row -> assertThat(row.subList(1, 6)).containsExactly(
                        award.titleName(), award.kind() == NomineeKind.PERSON ? "Cá nhân" : "Tập thể",
                        award.fullName(), award.position() == null ? "" : award.position(), award.unitName()));
            }

            for (Row row : sheet) {
                row.forEach(cell -> {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getColumnIndex() > 0) {
                        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    }
                    assertThat(((XSSFCell) cell).getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");
                });
            }
        }
    }

    /**
     * A decision granting an exemplary model (proposed by a models review) marks it in the annex of the .docx, under
     * the name, and in a "Ghi chú" column of the .xlsx; the other awards carry no marker.
     */
    @Test
    void exemplaryModelsAreMarkedInTheAnnexAndTheList() throws IOException {
        List<Award> awards = awards();
        awards.add(new Award("LDTT", LDTT, NomineeKind.PERSON, "Trần Thị Hạnh", "Giáo viên",
                "Trường Tiểu học Trần Khánh Dư", true));
        AwardDecision decision = quan1(LocalDate.of(2027, 6, 15), awards);

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(documents.docx(decision)))) {
            List<List<String>> annex = docx.getTables().get(2).getRows().stream()
                    .map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
            List<String> hanh = annex.stream().filter(r -> r.size() == 4 && r.get(1).startsWith("Trần Thị Hạnh"))
                    .findFirst().orElseThrow();
            assertThat(hanh.get(1)).isEqualTo("Trần Thị Hạnh\n(Điển hình tiên tiến)");
            assertThat(annex.stream().filter(r -> r.size() == 4 && r.get(1).contains("Điển hình tiên tiến")))
                    .hasSize(1);
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(decision)))) {
            XSSFSheet sheet = xlsx.getSheetAt(0);
            assertThat(values(sheet.getRow(1))).containsExactly("STT", "Danh hiệu / Hình thức", "Cá nhân / Tập thể",
                    "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị", "Ghi chú");
            List<List<String>> rows = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                rows.add(values(sheet.getRow(r)));
            }
            assertThat(rows).filteredOn(row -> row.get(3).equals("Trần Thị Hạnh")).singleElement()
                    .satisfies(row -> assertThat(row.get(6)).isEqualTo("Điển hình tiên tiến"));
            assertThat(rows).filteredOn(row -> !row.get(3).equals("Trần Thị Hạnh"))
                    .allSatisfy(row -> assertThat(row.get(6)).isEmpty());
        }
    }

    @Test
    void aDecisionWithoutAwardsIsRefused() {
        AwardDecision empty = quan1(LocalDate.of(2027, 6, 15), List.of());

        assertThatThrownBy(() -> documents.docx(empty)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> documents.xlsx(empty)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static boolean allBold(XWPFParagraph paragraph) {
        return !paragraph.getRuns().isEmpty() && paragraph.getRuns().stream().allMatch(XWPFRun::isBold);
    }

    private static Stream<XWPFRun> runs(XWPFDocument docx) {
        Stream<XWPFParagraph> inTables = docx.getTables().stream().flatMap(t -> t.getRows().stream())
                .flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream());
        return Stream.concat(docx.getParagraphs().stream(), inTables).flatMap(p -> p.getRuns().stream());
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getCellType() == CellType.NUMERIC
                ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue()));
        return values;
    }

    private static long twips(Object value) {
        return ((BigInteger) value).longValue();
    }
}
