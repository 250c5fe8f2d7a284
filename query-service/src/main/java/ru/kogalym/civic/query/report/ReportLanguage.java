package ru.kogalym.civic.query.report;

import com.ibm.icu.util.ULocale;

import java.util.Locale;

/** The languages the annual report is written in. */
enum ReportLanguage {
    RU(new ULocale("ru")),
    EN(new ULocale("en"));

    private final ULocale locale;

    ReportLanguage(ULocale locale) {
        this.locale = locale;
    }

    public ULocale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
