package ru.kogalym.civic.query.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import java.time.Duration;
import java.util.Locale;

/** The dashboard speaks Russian unless its user chose English; the choice is kept in a cookie for a year. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final String LANGUAGE_COOKIE = "civic-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocale(RUSSIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        return resolver;
    }
}
