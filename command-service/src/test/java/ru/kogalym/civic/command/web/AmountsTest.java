package ru.kogalym.civic.command.web;

import org.junit.jupiter.api.Test;
import ru.kogalym.civic.command.common.InvalidCommandException;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmountsTest {

    @Test
    void roublesBecomeWholeKopecksExactly() {
        assertThat(Amounts.kopecks("amount", new BigDecimal("150000.50"))).isEqualTo(15_000_050L);
        assertThat(Amounts.kopecks("amount", new BigDecimal("0.1"))).isEqualTo(10L);
        assertThat(Amounts.kopecks("amount", new BigDecimal("1E+2"))).isEqualTo(10_000L);
        assertThat(Amounts.kopecks("amount", new BigDecimal("100.000"))).isEqualTo(10_000L);
        assertThat(Amounts.kopecks("amount", new BigDecimal("999999999999.99"))).isEqualTo(99_999_999_999_999L);
    }

    @Test
    void noAmountStaysNoAmount() {
        assertThat(Amounts.kopecks("amount", null)).isNull();
    }

    @Test
    void aFractionOfAKopeckIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Amounts.kopecks("amountAwarded", new BigDecimal("0.005")))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.field()).isEqualTo("amountAwarded"));
        assertThatThrownBy(() -> Amounts.kopecks("amount", new BigDecimal("1E-999999999")))
                .isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void aTrillionRoublesOrMoreIsRefused() {
        assertThatThrownBy(() -> Amounts.kopecks("amount", Amounts.LIMIT))
                .isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> Amounts.kopecks("amount", new BigDecimal("1E+999999999")))
                .isInstanceOf(InvalidCommandException.class);
    }
}
