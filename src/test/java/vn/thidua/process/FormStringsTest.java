package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What people typed, placed in a form's Markdown, reads as typed: nothing in it is taken for markup. */
class FormStringsTest {

    @Test
    void markupInANameIsEscapedSoTheNameShowsWhole() {
        assertThat(FormStrings.tableCell("Trường TH <script>alert(1)</script> Hoa Mai"))
                .isEqualTo("Trường TH \\<script\\>alert(1)\\</script\\> Hoa Mai");
        assertThat(FormStrings.tableCell("Phong trào <img src=x onerror=alert(1)> & [xem](http://x) *đậm* _nghiêng_"))
                .isEqualTo("Phong trào \\<img src=x onerror=alert(1)\\> \\& \\[xem\\](http://x) \\*đậm\\* \\_nghiêng\\_");
    }

    @Test
    void aPipeOrALineBreakCannotBreakTheTable() {
        assertThat(FormStrings.tableCell("Tổ 1 | Tổ 2\r\n  dòng mới")).isEqualTo("Tổ 1 \\| Tổ 2 dòng mới");
        assertThat(FormStrings.tableCell("C:\\tài liệu")).isEqualTo("C:\\\\tài liệu");
        assertThat(FormStrings.tableCell(null)).isEmpty();
    }

    @Test
    void ordinaryNamesStayAsTheyAre() {
        assertThat(FormStrings.tableCell("Trường THCS Nguyễn Du (cơ sở 2) – 2026-2027"))
                .isEqualTo("Trường THCS Nguyễn Du (cơ sở 2) – 2026-2027");
    }
}
