package vn.thidua.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

    @Test
    void thousandsTakeADotAndDecimalsAComma() {
        assertThat(VietnameseNumbers.integer(4000)).isEqualTo("4.000");
        assertThat(VietnameseNumbers.integer(1_234_567L)).isEqualTo("1.234.567");
        assertThat(VietnameseNumbers.integer(45)).isEqualTo("45");
        assertThat(VietnameseNumbers.integer(null)).isEmpty();
        assertThat(VietnameseNumbers.decimal(1234.56, 2)).isEqualTo("1.234,56");
        assertThat(VietnameseNumbers.decimal(1.25, 1)).isEqualTo("1,3");
        assertThat(VietnameseNumbers.fixed(20, 1)).isEqualTo("20,0");
        assertThat(VietnameseNumbers.fixed(1024.54, 1)).isEqualTo("1.024,5");
        assertThat(VietnameseNumbers.percent(new BigDecimal("0.875"), 1)).isEqualTo("87,5%");
        assertThat(VietnameseNumbers.percent(new BigDecimal("0.7"), 1)).isEqualTo("70%");
        assertThat(VietnameseNumbers.percent(new BigDecimal("0.66666"), 2)).isEqualTo("66,67%");
    }
}
