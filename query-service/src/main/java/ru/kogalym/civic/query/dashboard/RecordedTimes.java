package ru.kogalym.civic.query.dashboard;

import org.springframework.stereotype.Component;
import ru.kogalym.civic.query.report.ReportSettings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * When a record was entered, as the pages show it: the event's instant in the administration's zone (the report's,
 * {@code civic.report.zone}), in the page's language. Pages call it as {@code @recordedTimes}.
 */
@Component("recordedTimes")
class RecordedTimes {

    private final ZoneId zone;

    RecordedTimes(ReportSettings settings) {
        this.zone = settings.zone();
    }

    /** {@code instant} (ISO-8601) by {@code pattern}; as it is where it is no instant, so nothing recorded is hidden. */
    public String shown(String instant, String pattern, Locale locale) {
        if (instant == null) {
            return null;
        }
        try {
            return DateTimeFormatter.ofPattern(pattern, locale).format(Instant.parse(instant).atZone(zone));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
