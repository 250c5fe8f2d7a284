package ru.kogalym.civic.query.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.lang.Nullable;

import java.time.ZoneId;

/**
 * The report's letterhead and signature ({@code civic.report.*}). Unset, the municipality is the report bundle's, the
 * department line is left out and the signatory's position and name are blank lines to fill in by hand. Values set
 * here are printed as entered in every language.
 *
 * @param zone the zone the report's date and "known at" time are told in, and the pages' times of recording:
 *             Kogalym's by default
 */
@ConfigurationProperties("civic.report")
public record ReportSettings(@Nullable String municipality, @Nullable String department, @Nullable String signatoryPosition,
                      @Nullable String signatoryName, @Nullable ZoneId zone) {

    static final ReportSettings DEFAULTS = new ReportSettings(null, null, null, null, null);

    public ReportSettings {
        zone = zone == null ? ZoneId.of("Asia/Yekaterinburg") : zone;
    }
}
