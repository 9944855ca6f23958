package vn.thidua.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;

class CsvFileTest {

    @Test
    void semicolonSeparatedAsVietnameseExcelSavesIt() {
        List<CsvFile.Row> rows = CsvFile.readAll("\uFEFFSTT;Họ và tên;Ghi chú\n1;\"Nguyễn Văn An\";\"a; b, c\"\n"
                .getBytes(StandardCharsets.UTF_8), "ds.csv");
        assertThat(rows).extracting(CsvFile.Row::fields).containsExactly(
                List.of("STT", "Họ và tên", "Ghi chú"), List.of("1", "Nguyễn Văn An", "a; b, c"));
    }

    @Test
    void commaSeparatedWithMultiLineFieldKeepsSpreadsheetLineNumbers() {
        List<CsvFile.Row> rows = CsvFile.readAll("a,b\n\"x\ny\",z\nu,v".getBytes(StandardCharsets.UTF_8), "ds.csv");
        assertThat(rows).extracting(CsvFile.Row::line).containsExactly(1, 2, 4);
        assertThat(rows.get(1).fields()).containsExactly("x\ny", "z");
    }

    @Test
    void decomposedDiacriticsAreComposed() {
        String nfd = "Nguye\u0302\u0303n";
        List<CsvFile.Row> rows = CsvFile.readAll(("a\n" + nfd).getBytes(StandardCharsets.UTF_8), "ds.csv");
        assertThat(rows.get(1).fields().get(0)).isEqualTo("Nguyễn");
    }

    @Test
    void latin1IsRefusedWithTheLine() {
        byte[] bytes = "a\nb\nNguyên".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvFile.readAll(bytes, "ds.csv"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InputError::line).containsExactly(3));
    }

    @Test
    void windowsLineEndsAndQuotedLineBreaksKeepTheLineWhereEachRecordStarts() {
        List<CsvFile.Row> rows = CsvFile.readAll("a,b\r\n\"x\r\ny\r\nz\",1\r\n\r\nu,v\r\n"
                .getBytes(StandardCharsets.UTF_8), "ds.csv");
        assertThat(rows).extracting(CsvFile.Row::line).containsExactly(1, 2, 5, 6);
        assertThat(rows.get(1).fields()).containsExactly("x\r\ny\r\nz", "1");
        assertThat(rows.get(2).fields()).containsExactly("");
    }

    @Test
    void spacesAroundAQuotedFieldAndDoubledQuotesAreReadAsOfficesWriteThem() {
        List<CsvFile.Row> rows = CsvFile.readAll("a,b,c\n1, \"Trường TH \"\"Lê Lợi\"\"\" ,x\"y\n"
                .getBytes(StandardCharsets.UTF_8), "ds.csv");
        assertThat(rows.get(1).fields()).extracting(String::strip)
                .containsExactly("1", "Trường TH \"Lê Lợi\"", "x\"y");
    }

    @Test
    void aQuoteLeftOpenIsRefusedWithTheLineWhereItOpens() {
        byte[] bytes = "a,b\n1,2\n3,\"Nguyễn Văn An\n4,5\n6,7\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvFile.readAll(bytes, "ds.csv"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Tệp ds.csv có 1 lỗi, chưa có gì được ghi.");
                    assertThat(e.errors()).extracting(InputError::line).containsExactly(3);
                    assertThat(e.errors().get(0).message()).startsWith(
                            "Dấu ngoặc kép mở ở dòng 3 không được đóng đến hết tệp.");
                });
    }

    @Test
    void theHeaderIsCheckedColumnByColumn() {
        byte[] bytes = "code,ten\nQ1,Quận 1\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvFile.read(bytes, "units.csv", List.of("code", "name", "level")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InputError::column, InputError::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(2,
                                        "Cột thứ 2 phải là \"name\", không phải \"ten\"."),
                                org.assertj.core.groups.Tuple.tuple(3, "Thiếu cột \"level\".")));
    }
}
