package ru.kogalym.civic.command.common;

import com.ibm.icu.text.MessageFormat;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The wording of the API's problems: Spring's {@link org.springframework.context.MessageSource} over the bundles
 * {@code command-service/problems.properties} (English, the default) and {@code problems_ru.properties}, whose
 * patterns are ICU's, so that a Russian numeral agrees with its noun (CLDR plural rules). Not a bean: the staff
 * pages' {@code messageSource} stays the only one, and the exceptions word themselves in English for the log.
 */
public final class ProblemMessages extends ResourceBundleMessageSource {

    public static final String BASENAME = "command-service/problems";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** The languages problems are worded in; the first is the default. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, RUSSIAN);

    private static final ProblemMessages SHARED = new ProblemMessages();

    private ProblemMessages() {
        setBasename(BASENAME);
        setDefaultEncoding("UTF-8");
        setFallbackToSystemLocale(false);
    }

    public static ProblemMessages shared() {
        return SHARED;
    }

    /**
     * The language of an {@code Accept-Language} header among {@link #LANGUAGES}: English when the header is absent,
     * malformed or names neither.
     */
    public static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return chosen == null ? ENGLISH : chosen;
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
    }

    /** {@code detail} in {@code language}, its nested details in the same. */
    public String render(Detail detail, Locale language) {
        Object[] args = detail.args().stream().map(arg -> shown(arg, language)).toArray();
        return getMessage(detail.code(), args, language);
    }

    private Object shown(Object arg, Locale language) {
        if (arg instanceof Detail nested) {
            return render(nested, language);
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(item -> String.valueOf(shown(item, language))).collect(Collectors.joining("; "));
        }
        if (arg instanceof TemporalAccessor || arg instanceof Enum<?>) {
            return arg.toString();
        }
        return arg == null ? "null" : arg;
    }

    /** Formats with ICU rather than {@link java.text.MessageFormat}, for its plurals and selects. */
    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        Locale language = locale == null ? ENGLISH : locale;
        String pattern = resolveCodeWithoutArguments(code, language);
        if (pattern == null) {
            return null;
        }
        return new MessageFormat(pattern, language).format(args == null ? new Object[0] : args);
    }
}
