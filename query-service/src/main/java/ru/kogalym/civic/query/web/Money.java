package ru.kogalym.civic.query.web;

import java.math.BigDecimal;

/**
 * Sums of money. The events and the read models keep whole kopecks; the API, the CSV files and the reports show
 * roubles with two decimal places, computed exactly from them (never through floating point).
 */
public final class Money {

    private static final int KOPECK_DIGITS = 2;
    /** What the API description says of a sum. */
    public static final String ROUBLES = "roubles with kopecks (two decimal places), exact: the records keep whole kopecks";

    private Money() {
    }

    /** Kopecks as roubles with kopecks: 15000050 is 150000.50; null stays null. */
    public static BigDecimal roubles(Long kopecks) {
        return kopecks == null ? null : BigDecimal.valueOf(kopecks, KOPECK_DIGITS);
    }

    /**
     * A sum as a read model stored it: whole kopecks, or, in a read model written before sums were kept in kopecks
     * and not rebuilt since, roubles as decimal text; null stays null.
     */
    public static Long storedKopecks(Object stored) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof Number kopecks) {
            return kopecks.longValue();
        }
        return new BigDecimal(stored.toString()).movePointRight(KOPECK_DIGITS).longValueExact();
    }
}
