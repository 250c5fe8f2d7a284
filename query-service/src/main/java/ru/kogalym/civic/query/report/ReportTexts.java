package ru.kogalym.civic.query.report;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The report's sentences, from the message bundles {@code report_ru.properties} and {@code report_en.properties} as
 * ICU message patterns: numerals agree with their nouns through the CLDR plural rules of the language
 * ({@code one}/{@code few}/{@code many}/{@code other} in Russian), never through hand-written rules.
 */
final class ReportTexts {

    static final String BUNDLE = "ru.kogalym.civic.query.report.report";
    static final char NO_BREAK = '\u00A0';

    private final ReportLanguage language;
    private final ResourceBundle bundle;

    ReportTexts(ReportLanguage language) {
        this.language = language;
        this.bundle = bundle(language);
    }

    static ResourceBundle bundle(ReportLanguage language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale().toLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ReportLanguage language() {
        return language;
    }

    /** The sentence {@code key} with its named arguments; numbers are formatted for the language. */
    public String format(String key, Object... namesAndValues) {
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    /** A kind's label: {@code group} is meeting, event, supportKind or level. */
    public String label(String group, String kind) {
        return format(group + "." + kind);
    }

    /** An amount of roubles with kopecks, grouped as the language writes numbers. */
    public String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getInstance(language.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A count for a "label — n" list. */
    public String count(long value) {
        return NumberFormat.getIntegerInstance(language.locale()).format(value);
    }

    /** "label — n", the dash and the number kept on the label's line. */
    public String counted(String label, long value) {
        return label + NO_BREAK + "—" + NO_BREAK + count(value);
    }

    /** A day as the language writes it in full, its parts kept on one line. */
    public String date(LocalDate date) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, language.locale());
        format.setTimeZone(TimeZone.GMT_ZONE);
        return noBreaks(format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant())));
    }

    /** "known at" as a date, a time and the zone's offset from UTC, in {@code zone}. */
    public String knownAt(Instant instant, ZoneId zone) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        DateFormat time = DateFormat.getPatternInstance("HH:mm", language.locale());
        time.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        ZoneOffset offset = zone.getRules().getOffset(instant);
        return format("knownAt", "date", date(day), "time", time.format(Date.from(instant)),
                "offset", offset.equals(ZoneOffset.UTC) ? "" : offset.getId());
    }

    /**
     * Values staff entered, quoted as the language quotes and listed: they stay as entered, so the quotes set them
     * apart from the sentence (and keep a capital letter from following a dash or colon bare). In Russian, quotes
     * within a value become „…“, the quotes inside «…».
     */
    public String quoted(Collection<String> values) {
        List<String> quoted = values.stream().map(this::quote).toList();
        return String.join(", ", quoted);
    }

    String quote(String value) {
        return language == ReportLanguage.RU
                ? "«" + value.replace('«', '„').replace('»', '“') + "»"
                : "“" + value + "”";
    }

    /** Text entered by staff ended as a sentence: a full stop unless it already ends with one. */
    static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() || ".!?…".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0 ? trimmed
                : trimmed + ".";
    }

    private static String noBreaks(String text) {
        return text.replace(' ', NO_BREAK).replace('\u202F', NO_BREAK);
    }
}
