package ru.kogalym.civic.query.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void kopecksAreShownAsRoublesWithTwoDecimalPlaces() {
        assertThat(Money.roubles(15_000_050L)).isEqualTo(new BigDecimal("150000.50"));
        assertThat(Money.roubles(0L).toPlainString()).isEqualTo("0.00");
        assertThat(Money.roubles(1L).toPlainString()).isEqualTo("0.01");
        assertThat(Money.roubles(99_999_999_999_999L).toPlainString()).isEqualTo("999999999999.99");
        assertThat(Money.roubles(null)).isNull();
    }

    @Test
    void aReadModelKeepsKopecksAndOneWrittenBeforeThemIsReadAlike() {
        assertThat(Money.storedKopecks(15_000_050L)).isEqualTo(15_000_050L);
        assertThat(Money.storedKopecks(250)).isEqualTo(250L);
        assertThat(Money.storedKopecks("150000.5")).isEqualTo(15_000_050L);
        assertThat(Money.storedKopecks("100000")).isEqualTo(10_000_000L);
        assertThat(Money.storedKopecks(null)).isNull();
    }
}
