package vn.thidua.dossier.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.dossier.file.NominationColumn.*;
import static vn.thidua.dossier.file.TestSheets.DEFAULT_TITLES;
import static vn.thidua.dossier.file.TestSheets.collective;
import static vn.thidua.dossier.file.TestSheets.csv;
import static vn.thidua.dossier.file.TestSheets.person;
import static vn.thidua.dossier.file.TestSheets.row;
import static vn.thidua.dossier.file.TestSheets.utf8;
import static vn.thidua.dossier.file.TestSheets.with;
import static vn.thidua.dossier.file.TestSheets.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.thidua.nomination.Discipline;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NomineeKeys;
import vn.thidua.nomination.Rating;
import vn.thidua.nomination.RecognitionLevel;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;

/** A unit's nomination list read from .xlsx and CSV: the good file, every kind of bad one, template and export. */
class NominationFilesTest {

    static final String UNIT = "Q1THLELOI";
    final NominationFiles files = new NominationFiles(Clock.fixed(Instant.parse("2026-06-01T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh")));

    // ---- a good list -----------------------------------------------------------------------------------------

    static Object[][] goodRows() {
        return new Object[][] {
                row(1, "Cá nhân", "Nguyễn Thị  Lan", "05/09/1985", "Giáo viên", "HTXS",
                        "Dạy học theo dự án môn Khoa học", "Cấp quận", null, null, "Không", 3, "Không", 12,
                        null, null, null, null, null, 92, "CSTĐCS", "Giáo viên dạy giỏi cấp quận;\nchủ nhiệm giỏi."),
                row(2, "cá nhân", "Trần Văn Bình", "1979-12-31", "Tổ trưởng chuyên môn", "Hoàn thành tốt nhiệm vụ",
                        null, null, "Đổi mới sinh hoạt chuyên môn", "Thành phố", "khiển trách", null, "Có", null,
                        null, null, null, null, null, null, "lao dong tien tien", null),
                row(null, "Tập thể", "Tổ Toán – Tin", null, null, "Hoàn thành xuất sắc", null, null, null, null,
                        null, null, null, null, 12, 12, 10, 2, 0, null, "TTLDXS", "Tổ xuất sắc năm học."),
        };
    }

    @Test
    void readsPersonsAndACollectiveFromExcel() {
        Object[][] rows = goodRows();
        rows[1] = with(rows[1], DATE_OF_BIRTH, LocalDate.of(1979, 12, 31));
        List<Nomination> read = files.read("danh-sach.xlsx", xlsx(rows), UNIT, DEFAULT_TITLES);

        assertThat(read).hasSize(3);
        Nomination lan = read.get(0);
        assertThat(lan.nomineeKey()).isEqualTo(NomineeKeys.person(UNIT, "Nguyễn Thị Lan", LocalDate.of(1985, 9, 5)))
                .isEqualTo("Q1THLELOI:nguyen thi lan:1985-09-05");
        assertThat(lan).isEqualTo(new Nomination.Person("Q1THLELOI:nguyen thi lan:1985-09-05", UNIT,
                "Nguyễn Thị Lan", LocalDate.of(1985, 9, 5), "Giáo viên", Rating.EXCELLENT,
                "Dạy học theo dự án môn Khoa học", RecognitionLevel.DISTRICT, "", RecognitionLevel.NONE,
                Discipline.NONE, 3, false, 12, 92, "CSTDCS", "Giáo viên dạy giỏi cấp quận;\nchủ nhiệm giỏi."));
        Nomination.Person binh = (Nomination.Person) read.get(1);
        assertThat(binh.dateOfBirth()).isEqualTo(LocalDate.of(1979, 12, 31));
        assertThat(binh.rating()).isEqualTo(Rating.GOOD);
        assertThat(binh.researchLevel()).isEqualTo(RecognitionLevel.CITY);
        assertThat(binh.discipline()).isEqualTo(Discipline.REPRIMAND);
        assertThat(binh.daysAbsent()).isZero();
        assertThat(binh.maternityLeave()).isTrue();
        assertThat(binh.monthsInPost()).isNull();
        assertThat(binh.requestedTitle()).isEqualTo("LDTT");
        assertThat(binh.achievements()).isEmpty();
        Nomination team = read.get(2);
        assertThat(team).isEqualTo(new Nomination.Collective(NomineeKeys.collective(UNIT, "Tổ Toán – Tin"), UNIT,
                "Tổ Toán – Tin", Rating.EXCELLENT, 12, 12, 10, 2, 0, null, "TTLDXS", "Tổ xuất sắc năm học."));
        assertThat(team.nomineeKey()).isEqualTo("Q1THLELOI:to toan – tin");
    }

    @Test
    void csvGivesTheSameListAsExcel() {
        List<Nomination> fromExcel = files.read("ds.xlsx", xlsx(goodRows()), UNIT, DEFAULT_TITLES);
        List<Nomination> comma = files.read("ds.csv", utf8(csv(',', goodRows())), UNIT, DEFAULT_TITLES);
        List<Nomination> semicolonWithBom = files.read("ds.csv", utf8("\uFEFF" + csv(';', goodRows())), UNIT,
                DEFAULT_TITLES);
        assertThat(comma).isEqualTo(fromExcel);
        assertThat(semicolonWithBom).isEqualTo(fromExcel);
    }

    @Test
    void contentDecidesNotTheName() {
        assertThat(files.read("danh-sach.csv", xlsx(goodRows()), UNIT, DEFAULT_TITLES)).hasSize(3);
        assertThat(files.read("danh-sach", utf8(csv(',', goodRows())), UNIT, DEFAULT_TITLES)).hasSize(3);
    }

    @Test
    void textIsComposedAndStripped() {
        String decomposed = "Nguye\u0302\u0303n Thi\u0323 Lan";
        List<Nomination> read = files.read("ds.xlsx", xlsx(person(1, "  " + decomposed + " ", " 05/09/1985 ",
                " Lao động tiên tiến ")), UNIT, DEFAULT_TITLES);
        assertThat(read.get(0).fullName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(read.get(0).nomineeKey()).isEqualTo("Q1THLELOI:nguyen thi lan:1985-09-05");
    }

    @Test
    void blankRowsAndRunningNumbersAloneAreSkipped() {
        List<Nomination> read = files.read("ds.xlsx", xlsx(row(), person(1, "Lê Văn An", "01/01/1990", "LDTT"),
                row(2), row(3, null, "   "), collective(4, "Tổ Văn", 8, "TTLDTT")), UNIT, DEFAULT_TITLES);
        assertThat(read).extracting(Nomination::fullName).containsExactly("Lê Văn An", "Tổ Văn");
    }

    @Test
    void maternityLeaveAsWordCheckMarkOrExcelBoolean() {
        Object[] ok = person(1, "Lê Thị An", "01/01/1990", "LDTT");
        List<Nomination> read = files.read("ds.xlsx", xlsx(with(ok, MATERNITY_LEAVE, "có"),
                with(with(ok, NAME, "Lê Thị Bé"), MATERNITY_LEAVE, "x"),
                with(with(ok, NAME, "Lê Thị Cúc"), MATERNITY_LEAVE, true),
                with(with(ok, NAME, "Lê Thị Dung"), MATERNITY_LEAVE, false),
                with(with(ok, NAME, "Lê Thị Em"), MATERNITY_LEAVE, null)), UNIT, DEFAULT_TITLES);
        assertThat(read).extracting(n -> ((Nomination.Person) n).maternityLeave()).containsExactly(true, true, true, false, false);
    }

    @Test
    void titleByCodeNameOrAbbreviation() {
        List<Nomination> read = files.read("ds.xlsx", xlsx(
                person(1, "A Một", "01/01/1990", "LDTT"),
                person(2, "B Hai", "01/01/1990", "lđtt"),
                person(3, "C Ba", "01/01/1990", "Chiến sĩ thi đua cấp thành phố"),
                person(4, "D Bốn", "01/01/1990", "BẰNG KHEN CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ"),
                person(5, "E Năm", "01/01/1990", "GK"),
                collective(6, "Tổ Anh", 5, "TTLĐTT"),
                collective(7, "Tổ Sử", 5, "TTLĐXS")), UNIT, DEFAULT_TITLES);
        assertThat(read).extracting(Nomination::requestedTitle)
                .containsExactly("LDTT", "LDTT", "CSTDTP", "BKTP", "GK", "TTLDTT", "TTLDXS");
    }

    // ---- template and export ---------------------------------------------------------------------------------

    @Test
    void templateHasTheHeadersGuideAndDropdowns() throws IOException {
        byte[] template = files.template(DEFAULT_TITLES);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Danh sách đề nghị");
            assertThat(workbook.getSheetName(1)).isEqualTo("Hướng dẫn");
            XSSFSheet list = workbook.getSheetAt(0);
            assertThat(texts(list.getRow(0))).containsExactly("STT", "Loại", "Họ và tên / Tên tập thể", "Ngày sinh",
                    "Chức vụ", "Xếp loại", "Sáng kiến", "Cấp công nhận sáng kiến", "Đề tài nghiên cứu",
                    "Cấp nghiệm thu đề tài", "Kỷ luật", "Số ngày nghỉ", "Nghỉ thai sản", "Số tháng công tác",
                    "Số thành viên", "Số hoàn thành nhiệm vụ", "Số LĐTT", "Số CSTĐCS", "Số bị kỷ luật",
                    "Điểm thi đua", "Danh hiệu đề nghị", "Tóm tắt thành tích");
            assertThat(list.getLastRowNum()).isZero();
            assertThat(list.getDataValidations()).extracting(v -> v.getValidationConstraint().getExplicitListValues())
                    .anySatisfy(values -> assertThat(values).containsExactly("Hoàn thành xuất sắc nhiệm vụ",
                            "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"))
                    .anySatisfy(values -> assertThat(values).containsExactly("Không", "Khiển trách", "Cảnh cáo",
                            "Nặng hơn"))
                    .anySatisfy(values -> assertThat(values).containsExactly("Chưa công nhận", "Cơ sở",
                            "Quận-huyện", "Thành phố", "Toàn quốc"));
            assertThat(list.getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("'Hướng dẫn'!$B$" + (titleRow(workbook.getSheetAt(1), "Lao động tiên tiến") + 1)
                            + ":$B$" + (titleRow(workbook.getSheetAt(1), "Tập thể lao động xuất sắc") + 1));
            String guide = allText(workbook.getSheetAt(1));
            assertThat(guide).contains("Lao động tiên tiến", "Tập thể lao động xuất sắc", "TTLDXS", "Khiển trách",
                    "Toàn quốc", "Hoàn thành tốt nhiệm vụ", "Tóm tắt thành tích", "2000", "công thức");
        }
        assertError(() -> files.read("mau.xlsx", template, UNIT, DEFAULT_TITLES), 2, 0, null,
                "Danh sách chưa có cá nhân hay tập thể nào");
    }

    @Test
    void exportReadsBackToTheSameList() {
        List<Nomination> list = files.read("ds.csv", utf8(csv(',', goodRows())), UNIT, DEFAULT_TITLES);
        byte[] exported = files.export(list, DEFAULT_TITLES);
        assertThat(files.read("ds.xlsx", exported, UNIT, DEFAULT_TITLES)).isEqualTo(list);
        assertThat(files.read("again.xlsx", files.export(list, DEFAULT_TITLES), UNIT, DEFAULT_TITLES))
                .isEqualTo(list);
    }

    // ---- wrong file ------------------------------------------------------------------------------------------

    @Test
    void anotherLayoutNamesTheExpectedHeaders() {
        byte[] units = xlsx("Sheet1", new Object[] {"code", "name", "level", "parent_code", "email"},
                new Object[] {"Q1", "Quận 1", "quan", "HCM", "q1@x.vn"});
        InvalidInputException e = readFails("units.xlsx", units);
        assertThat(e.getMessage()).contains("không đúng mẫu danh sách đề nghị khen thưởng");
        assertThat(e.errors()).hasSize(22);
        assertThat(e.errors().get(0)).isEqualTo(new InputError(1, 1, "STT",
                "Ô A1 phải có tiêu đề \"STT\", không phải \"code\"."));
        assertThat(e.errors().get(5)).isEqualTo(new InputError(1, 6, "Xếp loại",
                "Thiếu cột \"Xếp loại\": ô F1 phải có tiêu đề \"Xếp loại\"."));
    }

    @Test
    void missingAndExtraColumns() {
        Object[] header = TestSheets.HEADERS.subList(0, 20).toArray();
        InvalidInputException e = readFails("ds.xlsx", xlsx(NominationFiles.LIST_SHEET, header));
        assertThat(e.errors()).extracting(InputError::line, InputError::column, InputError::field).containsExactly(
                tuple(1, 21, "Danh hiệu đề nghị"), tuple(1, 22, "Tóm tắt thành tích"));
        assertThat(e.errors().get(0).message()).isEqualTo("Thiếu cột \"Danh hiệu đề nghị\": ô U1 phải có tiêu đề "
                + "\"Danh hiệu đề nghị\".");

        List<Object> withExtra = new ArrayList<>(TestSheets.HEADERS);
        withExtra.add("Ghi chú");
        InvalidInputException extra = readFails("ds.csv", utf8(String.join(",", withExtra.stream()
                .map(Object::toString).toList()) + "\n"));
        assertThat(extra.errors()).containsExactly(new InputError(1, 23, "Ghi chú", "Cột W \"Ghi chú\" không có "
                + "trong mẫu; mẫu chỉ có 22 cột, từ \"STT\" đến \"Tóm tắt thành tích\"."));
    }

    @Test
    void headersMayDifferInCaseSpacingAndAHint() {
        List<String> header = new ArrayList<>(TestSheets.HEADERS);
        header.set(3, "NGÀY SINH (dd/mm/yyyy)");
        header.set(2, "Họ  và tên /  Tên tập thể");
        byte[] file = xlsx(NominationFiles.LIST_SHEET, header.toArray(), person(1, "Lê Văn An", "01/01/1990", "LDTT"));
        assertThat(files.read("ds.xlsx", file, UNIT, DEFAULT_TITLES)).hasSize(1);
    }

    @Test
    void tooLargeIsRefusedFast() {
        byte[] twentyMegabytes = new byte[20 * 1024 * 1024];
        twentyMegabytes[0] = 'P';
        twentyMegabytes[1] = 'K';
        readFails("trong.xlsx", new byte[0]);
        long start = System.nanoTime();
        InvalidInputException refused = readFails("lon.xlsx", twentyMegabytes);
        // Refused by its size alone: nothing of the 20 MB is unzipped or parsed.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
        assertThat(refused.errors()).containsExactly(new InputError(0, 0, null, "Tệp nặng 20,0 MB, vượt giới hạn 5 MB "
                + "của một danh sách đề nghị. Hãy xóa hình ảnh, trang tính thừa hoặc chia danh sách."));
    }

    @Test
    void pdfWordAndOldExcelAreNamed() throws IOException {
        assertError(() -> files.read("ds.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
                UNIT, DEFAULT_TITLES), 0, 0, null, "Đây là tệp PDF. Hãy tải lên danh sách theo mẫu dạng Excel (.xlsx)");

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Danh sách đề nghị khen thưởng");
            document.write(docx);
        }
        assertError(() -> files.read("ds.xlsx", docx.toByteArray(), UNIT, DEFAULT_TITLES), 0, 0, null,
                "Đây là tệp Word (.docx)");

        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Danh sách đề nghị").createRow(0).createCell(0).setCellValue("STT");
            workbook.write(xls);
        }
        assertError(() -> files.read("ds.xls", xls.toByteArray(), UNIT, DEFAULT_TITLES), 0, 0, null,
                "Tệp Excel 97-2003 (.xls) không được hỗ trợ: hãy mở bằng Excel, chọn Lưu thành → Sổ làm việc Excel "
                        + "(.xlsx)");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertError(() -> files.read("anh.png", png, UNIT, DEFAULT_TITLES), 0, 0, null, "Đây là tệp ảnh.");
        assertError(() -> files.read("ds.csv", new byte[0], UNIT, DEFAULT_TITLES), 0, 0, null, "Tệp trống.");
    }

    @Test
    void encryptedWorkbookAsksToRemoveThePassword() throws Exception {
        byte[] plain = xlsx(person(1, "Lê Văn An", "01/01/1990", "LDTT"));
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (var out = encryptor.getDataStream(fs)) {
                out.write(plain);
            }
            fs.writeFilesystem(encrypted);
        }
        assertError(() -> files.read("ds.xlsx", encrypted.toByteArray(), UNIT, DEFAULT_TITLES), 0, 0, null,
                "Tệp Excel đang đặt mật khẩu nên không đọc được");
    }

    @Test
    void corruptWorkbook() {
        byte[] good = xlsx(person(1, "Lê Văn An", "01/01/1990", "LDTT"));
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        assertError(() -> files.read("ds.xlsx", truncated, UNIT, DEFAULT_TITLES), 0, 0, null,
                "Không đọc được tệp Excel: tệp bị hỏng hoặc không phải .xlsx.");
        assertError(() -> files.read("ds.xlsx", utf8("không phải excel"), UNIT, DEFAULT_TITLES), 0, 0, null,
                "Tệp có đuôi .xlsx nhưng nội dung không phải Excel");
    }

    @Test
    void zipBombIsRefusedBeforePoiUnpacksIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(utf8("<Types/>"));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces);
            }
        }
        assertThat(bytes.size()).isLessThan((int) NominationFiles.MAX_BYTES);
        long start = System.nanoTime();
        assertError(() -> files.read("ds.xlsx", bytes.toByteArray(), UNIT, DEFAULT_TITLES), 0, 0, null,
                "Tệp Excel giải nén ra quá lớn (hơn 64 MB)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void csvNotInUtf8() {
        byte[] latin1 = (csv(',', person(1, "Lê Văn An", "01/01/1990", "LDTT")))
                .replace("Lê Văn An", "Lê Van An").getBytes(StandardCharsets.ISO_8859_1);
        assertError(() -> files.read("ds.csv", latin1, UNIT, DEFAULT_TITLES), 1, 0, null,
                "Tệp không phải mã UTF-8 (lỗi từ dòng 1). Hãy lưu lại tệp dạng \"CSV UTF-8\"");
        byte[] utf16 = csv(',', person(1, "Lê Văn An", "01/01/1990", "LDTT")).getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertError(() -> files.read("ds.csv", withBom, UNIT, DEFAULT_TITLES), 0, 0, null, "Tệp mã UTF-16");
    }

    @Test
    void tooManyRows() {
        // Reading stops at the first row past the cap, before any cell is checked: short rows are enough.
        Object[][] rows = new Object[NominationFiles.MAX_ROWS + 5][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {i + 1, "Cá nhân", "Người số " + (i + 1)};
        }
        rows[3] = new Object[] {4};
        assertError(() -> files.read("ds.xlsx", xlsx(rows), UNIT, DEFAULT_TITLES), 2003, 0, null,
                "Danh sách có hơn 2000 dòng (dòng 2003 là người thứ 2001); mỗi tệp nhận tối đa 2000 cá nhân, tập thể.");
        assertError(() -> files.read("ds.csv", utf8(csv(',', rows)), UNIT, DEFAULT_TITLES), 2003, 0, null,
                "Danh sách có hơn 2000 dòng");
        Object[][] full = new Object[NominationFiles.MAX_ROWS][];
        for (int i = 0; i < full.length; i++) {
            full[i] = person(i + 1, "Người số " + (i + 1), "01/01/1990", "LDTT");
        }
        assertThat(files.read("ds.csv", utf8(csv(',', full)), UNIT, DEFAULT_TITLES)).hasSize(NominationFiles.MAX_ROWS);
    }

    // ---- wrong cells -----------------------------------------------------------------------------------------

    @Test
    void badDates() {
        Object[] ok = person(1, "Lê Văn An", "01/01/1990", "LDTT");
        InvalidInputException e = readFails("ds.xlsx", xlsx(
                with(ok, DATE_OF_BIRTH, "31/02/1985"),
                with(ok, DATE_OF_BIRTH, "02/06/2026"),
                with(ok, DATE_OF_BIRTH, "02/06/2008"),
                with(ok, DATE_OF_BIRTH, "01/06/1955"),
                with(ok, DATE_OF_BIRTH, "1985"),
                with(ok, DATE_OF_BIRTH, 31000),
                with(ok, DATE_OF_BIRTH, null),
                with(with(ok, NAME, "Ngày Đúng"), DATE_OF_BIRTH, "1/6/2008"),
                with(with(ok, NAME, "Ngày Đủ"), DATE_OF_BIRTH, "02.06.1955")));
        assertThat(e.errors()).extracting(InputError::line, InputError::column, InputError::field, InputError::message)
                .containsExactly(
                        tuple(2, 4, "Ngày sinh", "Ngày sinh 31/02/1985 không có thật (kiểm tra ngày và tháng)."),
                        tuple(3, 4, "Ngày sinh", "Ngày sinh 02/06/2026 ở tương lai."),
                        tuple(4, 4, "Ngày sinh", "Ngày sinh 02/06/2008: người này mới 17 tuổi; cá nhân được đề nghị "
                                + "phải từ đủ 18 tuổi. Hãy kiểm tra năm sinh."),
                        tuple(5, 4, "Ngày sinh", "Ngày sinh 01/06/1955: người này đã 71 tuổi; hệ thống chỉ nhận "
                                + "người từ 18 đến 70 tuổi. Hãy kiểm tra năm sinh."),
                        tuple(6, 4, "Ngày sinh", "Ngày sinh \"1985\" phải ghi dạng ngày/tháng/năm, ví dụ 05/09/1985."),
                        tuple(7, 4, "Ngày sinh", "Ngày sinh \"31000\" phải ghi dạng ngày/tháng/năm, ví dụ 05/09/1985."),
                        tuple(8, 4, "Ngày sinh", "Chưa ghi ngày sinh (ngày/tháng/năm, ví dụ 05/09/1985)."));
    }

    @Test
    void unknownValuesListWhatIsAllowed() {
        Object[] ok = person(1, "Lê Văn An", "01/01/1990", "LDTT");
        InvalidInputException e = readFails("ds.xlsx", xlsx(
                with(ok, RATING, "Xuất sắc"),
                with(with(ok, INITIATIVE, "Sáng kiến A"), INITIATIVE_LEVEL, "Cấp trời"),
                with(ok, DISCIPLINE, "Phê bình"),
                with(ok, REQUESTED_TITLE, "Huân chương Lao động"),
                with(ok, KIND, "Nhóm"),
                with(ok, MATERNITY_LEAVE, "Chắc có")));
        assertThat(e.errors()).extracting(InputError::line, InputError::column, InputError::field, InputError::message)
                .containsExactly(
                        tuple(2, 6, "Xếp loại", "Xếp loại \"Xuất sắc\" không hợp lệ: chỉ ghi Hoàn thành xuất sắc "
                                + "nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ "
                                + "(hoặc viết tắt HTXS, HTT, HT, KHT)."),
                        tuple(3, 8, "Cấp công nhận sáng kiến", "Cấp \"Cấp trời\" không hợp lệ: chỉ ghi Chưa công "
                                + "nhận, Cơ sở, Quận-huyện, Thành phố, Toàn quốc."),
                        tuple(4, 11, "Kỷ luật", "Kỷ luật \"Phê bình\" không hợp lệ: chỉ ghi Không, Khiển trách, "
                                + "Cảnh cáo, Nặng hơn."),
                        tuple(5, 21, "Danh hiệu đề nghị", "Danh hiệu \"Huân chương Lao động\" không có trong bộ tiêu "
                                + "chí của phong trào; chỉ ghi: Lao động tiên tiến (LDTT), Chiến sĩ thi đua cơ sở "
                                + "(CSTDCS), Giấy khen (GK), Chiến sĩ thi đua cấp thành phố (CSTDTP), Bằng khen của "
                                + "Ủy ban nhân dân Thành phố (BKTP)."),
                        tuple(6, 2, "Loại", "Loại \"Nhóm\" không hợp lệ: chỉ ghi Cá nhân hoặc Tập thể."),
                        tuple(7, 13, "Nghỉ thai sản", "Nghỉ thai sản \"Chắc có\" không hợp lệ: chỉ ghi Có hoặc Không."));
    }

    @Test
    void titleOfTheWrongKind() {
        InvalidInputException e = readFails("ds.xlsx", xlsx(
                person(1, "Lê Văn An", "01/01/1990", "Tập thể lao động tiên tiến"),
                collective(2, "Tổ Hóa", 6, "LĐTT")));
        assertThat(e.errors()).containsExactly(
                new InputError(2, 21, "Danh hiệu đề nghị", "Danh hiệu \"Tập thể lao động tiên tiến\" dành cho tập "
                        + "thể, không đề nghị cho cá nhân."),
                new InputError(3, 21, "Danh hiệu đề nghị", "Danh hiệu \"Lao động tiên tiến\" dành cho cá nhân, "
                        + "không đề nghị cho tập thể."));
    }

    @Test
    void theSameNomineeForTheSameTitleNamesBothRowsAnotherTitleIsFine() {
        InvalidInputException e = readFails("ds.csv", utf8(csv(',',
                person(1, "Nguyễn Thị Lan", "05/09/1985", "LDTT"),
                person(2, "Lê Văn An", "01/01/1990", "LDTT"),
                person(3, "NGUYỄN THỊ LAN", "5/9/1985", "lao động tiên tiến"),
                person(4, "Nguyễn Thị Lan", "05/09/1985", "CSTDCS"))));
        assertThat(e.getMessage()).isEqualTo("Tệp ds.csv có 2 lỗi, chưa có gì được ghi.");
        assertThat(e.errors()).containsExactly(
                new InputError(2, 3, "Họ và tên / Tên tập thể", "Trùng với dòng 4: cùng một cá nhân (họ tên và ngày "
                        + "sinh) hoặc tập thể (tên) chỉ được đề nghị một danh hiệu trên một dòng."),
                new InputError(4, 3, "Họ và tên / Tên tập thể", "Trùng với dòng 2: cùng một cá nhân (họ tên và ngày "
                        + "sinh) hoặc tập thể (tên) chỉ được đề nghị một danh hiệu trên một dòng."));
    }

    @Test
    void formulaCellsAreRefused() {
        InvalidInputException e = readFails("ds.xlsx", xlsx(
                with(person(1, "Lê Văn An", "01/01/1990", "LDTT"), DAYS_ABSENT, new TestSheets.Formula("1+2")),
                with(person(2, "Lê Văn Bảo", "01/01/1990", "LDTT"), NO, new TestSheets.Formula("ROW()-1"))));
        assertThat(e.errors()).containsExactly(new InputError(2, 12, "Số ngày nghỉ",
                "Ô L2 chứa công thức, hãy dán giá trị (Sao chép → Dán đặc biệt → Giá trị)."));
    }

    @Test
    void countsMustBeWholeNonNegativeAndWithinMembers() {
        Object[] team = collective(1, "Tổ Toán", 10, "TTLDTT");
        InvalidInputException e = readFails("ds.xlsx", xlsx(
                with(team, MEMBERS_LDTT, -1),
                with(team, MEMBERS_CSTDCS, 1.5),
                with(team, MEMBERS_COMPLETED, "mười"),
                with(team, MEMBERS_DISCIPLINED, 11),
                with(team, MEMBERS, null),
                with(person(6, "Lê Văn An", "01/01/1990", "LDTT"), DAYS_ABSENT, "-3")));
        assertThat(e.errors()).extracting(InputError::line, InputError::column, InputError::message).containsExactly(
                tuple(2, 17, "\"Số LĐTT\" không được âm (-1)."),
                tuple(3, 18, "\"Số CSTĐCS\" phải là số nguyên, không phải \"1.5\"."),
                tuple(4, 16, "\"Số hoàn thành nhiệm vụ\" phải là số nguyên, không phải \"mười\"."),
                tuple(5, 19, "\"Số bị kỷ luật\" là 11, lớn hơn số thành viên (10)."),
                tuple(6, 15, "Chưa ghi số thành viên của tập thể."),
                tuple(7, 12, "\"Số ngày nghỉ\" không được âm (-3)."));
    }

    @Test
    void requiredCellsAndColumnsOfTheOtherKind() {
        InvalidInputException e = readFails("ds.xlsx", xlsx(
                row(1, "Cá nhân", null, "01/01/1990", null, null, null, null, null, null, null, null, null, null,
                        5, null, null, null, null, null, null),
                with(collective(2, "Tổ Lý", 5, "TTLDTT"), DATE_OF_BIRTH, "01/01/1990")));
        assertThat(e.errors()).extracting(InputError::line, InputError::column, InputError::message).containsExactly(
                tuple(2, 3, "Chưa ghi họ và tên."),
                tuple(2, 5, "Chưa ghi chức vụ (ví dụ Giáo viên, Tổ trưởng chuyên môn)."),
                tuple(2, 6, "Chưa ghi xếp loại (Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành "
                        + "nhiệm vụ, Không hoàn thành nhiệm vụ)."),
                tuple(2, 15, "Cột \"Số thành viên\" chỉ dùng cho tập thể; với cá nhân hãy để trống."),
                tuple(2, 21, "Chưa ghi danh hiệu đề nghị."),
                tuple(3, 4, "Cột \"Ngày sinh\" chỉ dùng cho cá nhân; với tập thể hãy để trống."));
    }

    @Test
    void unquotedCommaInCsvShiftsCellsPastTheLastColumn() {
        String line = String.join(",", Arrays.stream(person(1, "Lê Văn An", "01/01/1990", "LDTT"))
                .map(v -> v == null ? "" : v.toString()).toList()).replace("Dạy tốt, học tốt.", "Dạy tốt, học tốt");
        InvalidInputException e = readFails("ds.csv", utf8(csv(',') + line + "\n"));
        assertThat(e.errors()).containsExactly(new InputError(2, 23, null, "Ô W2 nằm ngoài các cột của mẫu. Với tệp "
                + "CSV, nội dung có dấu phẩy hoặc chấm phẩy phải đặt trong ngoặc kép."));
    }

    @Test
    void textTooLong() {
        InvalidInputException e = readFails("ds.xlsx", xlsx(
                person(1, "A".repeat(201), "01/01/1990", "LDTT"),
                with(person(2, "Lê Văn An", "01/01/1990", "LDTT"), ACHIEVEMENTS, "ư".repeat(4001))));
        assertThat(e.errors()).extracting(InputError::line, InputError::column, InputError::message).containsExactly(
                tuple(2, 3, "\"Họ và tên / Tên tập thể\" dài 201 ký tự, tối đa 200 ký tự."),
                tuple(3, 22, "\"Tóm tắt thành tích\" dài 4001 ký tự, tối đa 4000 ký tự."));
    }

    @Test
    void everyBadRowIsListedAndNothingIsReturned() {
        InvalidInputException e = readFails("ds.xlsx", xlsx(
                person(1, "Lê Văn An", "31/02/1990", "LDTT"),
                person(2, "Lê Văn Bình", "01/01/1990", "LDTT"),
                with(person(3, "Lê Văn Cường", "01/01/1990", "LDTT"), RATING, "Tốt"),
                collective(4, "Tổ Sinh", 3, "GK")));
        assertThat(e.getMessage()).isEqualTo("Tệp ds.xlsx có 3 lỗi, chưa có gì được ghi.");
        assertThat(e.errors()).extracting(InputError::line, InputError::column)
                .containsExactly(tuple(2, 4), tuple(4, 6), tuple(5, 21));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private InvalidInputException readFails(String name, byte[] content) {
        try {
            List<Nomination> read = files.read(name, content, UNIT, DEFAULT_TITLES);
            throw new AssertionError("Expected the file to be refused, got " + read);
        } catch (InvalidInputException e) {
            return e;
        }
    }

    private static void assertError(org.assertj.core.api.ThrowableAssert.ThrowingCallable read, int line, int column,
                                    String field, String messageStart) {
        assertThatThrownBy(read).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.line()).isEqualTo(line);
                assertThat(error.column()).isEqualTo(column);
                assertThat(error.field()).isEqualTo(field);
                assertThat(error.message()).startsWith(messageStart);
            });
            assertThat(e.getMessage()).isNotBlank();
        });
    }

    static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
        return texts;
    }

    static String allText(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> text.append(String.join(" | ", texts(row))).append('\n'));
        return text.toString();
    }

    private static int titleRow(XSSFSheet guide, String name) {
        for (Row row : guide) {
            if (row.getCell(1) != null && name.equals(row.getCell(1).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("No title " + name);
    }
}
