package ru.kogalym.civic.query.summary;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

/** The years a summary can be asked for: from 1990 to next year. */
public final class SummaryYears {

    public static final int EARLIEST = 1990;

    private SummaryYears() {
    }

    /** The year in {@code value}, or {@link InvalidParameterException} naming the field "year". */
    public static int parse(String value, Clock clock) {
        int latest = LocalDate.now(clock).getYear() + 1;
        if (value == null || !value.matches("\\d{4}")) {
            throw new InvalidParameterException("year", "must be a year from " + EARLIEST + " to " + latest);
        }
        int year = Integer.parseInt(value);
        if (year < EARLIEST || year > latest) {
            throw new InvalidParameterException("year", "must be a year from " + EARLIEST + " to " + latest);
        }
        return year;
    }

    /** The year path parameter as the API description shows it; the latest year moves with the clock. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(description = "год, с " + EARLIEST + " по следующий за текущим",
            schema = @Schema(type = "integer", format = "int32", minimum = "" + EARLIEST, example = "2020"))
    public @interface YearParameter {
    }

    /** A request parameter with a value the endpoint cannot serve. */
    public static class InvalidParameterException extends RuntimeException {

        private final String field;

        public InvalidParameterException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
