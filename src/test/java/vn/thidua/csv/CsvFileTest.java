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
}
