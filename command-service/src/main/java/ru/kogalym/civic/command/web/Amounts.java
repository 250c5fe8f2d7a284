package ru.kogalym.civic.command.web;

import ru.kogalym.civic.command.common.InvalidCommandException;

import java.math.BigDecimal;

/** Sums of money as the web layer accepts them: below a trillion roubles, whatever JSON can spell. */
public final class Amounts {

    /** More roubles than any grant or support could be; keeps 1E+999999999 out of the store. */
    public static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private Amounts() {
    }

    public static BigDecimal sane(String field, BigDecimal value) {
        if (value != null && value.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidCommandException(field, "must be less than " + LIMIT.toPlainString());
        }
        return value;
    }
}
