package ru.kogalym.civic.command.web;

import ru.kogalym.civic.command.common.Problem;
import ru.kogalym.civic.command.common.InvalidCommandException;

import java.math.BigDecimal;

/**
 * Sums of money as the API takes them and the contract keeps them. A request gives roubles as a JSON number with at
 * most two decimal places (kopecks), e.g. {@code 150000.50}, read exactly as a decimal (never as floating point); the
 * commands and events carry whole kopecks ({@code 15000050}).
 */
public final class Amounts {

    private static final String LIMIT_TEXT = "1000000000000";
    /** More roubles than any grant or support could be; keeps 1E+999999999 out of the store. */
    public static final BigDecimal LIMIT = new BigDecimal(LIMIT_TEXT);
    private static final int KOPECK_DIGITS = 2;

    // what the OpenAPI document says of every amount: a positive number of whole kopecks, below the limit
    public static final String MINIMUM = "0.01";
    public static final String MAXIMUM = "999999999999.99";
    public static final double KOPECK = 0.01;
    public static final String DESCRIPTION = "Roubles, with at most two decimal places (kopecks), e.g. 150000.50; "
            + "less than " + LIMIT_TEXT + ". Kept as whole kopecks.";

    private Amounts() {
    }

    /** The roubles of a request as kopecks; null stays null (the command decides whether the amount is required). */
    public static Long kopecks(String field, BigDecimal roubles) {
        if (roubles == null) {
            return null;
        }
        if (roubles.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidCommandException(field, Problem.AMOUNT_TOO_LARGE, LIMIT.toPlainString());
        }
        if (roubles.stripTrailingZeros().scale() > KOPECK_DIGITS) {
            throw new InvalidCommandException(field, Problem.AMOUNT_TOO_PRECISE, KOPECK_DIGITS);
        }
        return roubles.movePointRight(KOPECK_DIGITS).longValueExact();
    }
}
