package ru.kogalym.civic.command.common;

import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The problems' bundles against the codes: every code worded in both languages, no word without a code. */
class ProblemMessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern SELECT = Pattern.compile("\\{(\\d+),\\s*select");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final ProblemMessages MESSAGES = ProblemMessages.shared();

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemMessagesTest.class.getClassLoader()
                .getResourceAsStream(ProblemMessages.BASENAME + suffix + ".properties")) {
            assertThat(in).as(ProblemMessages.BASENAME + suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> codes() {
        return Arrays.stream(Problem.values()).map(Problem::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void bothBundlesWordEveryCodeAndNothingElse() throws IOException {
        assertThat(new TreeSet<>(bundle("").stringPropertyNames())).isEqualTo(codes());
        assertThat(new TreeSet<>(bundle("_ru").stringPropertyNames())).isEqualTo(codes());
    }

    @ParameterizedTest
    @EnumSource(Problem.class)
    void eachMessageTakesItsArgumentsAndLeavesNoPlaceholder(Problem problem) throws IOException {
        for (String suffix : new String[] {"", "_ru"}) {
            int highest = highestArgument(bundle(suffix).getProperty(problem.name()));
            assertThat(highest).as(problem + suffix + " refers to no argument it is not given")
                    .isLessThan(problem.arity());
        }
        assertThat(Math.max(highestArgument(bundle("").getProperty(problem.name())),
                highestArgument(bundle("_ru").getProperty(problem.name()))))
                .as(problem + " uses every argument it is given in one language at least").isEqualTo(problem.arity() - 1);

        // a count where a plural counts it, a keyword where a select chooses by it
        Object[] args = new Object[problem.arity()];
        Arrays.fill(args, 3);
        for (String suffix : new String[] {"", "_ru"}) {
            Matcher select = SELECT.matcher(bundle(suffix).getProperty(problem.name()));
            while (select.find()) {
                args[Integer.parseInt(select.group(1))] = "council";
            }
        }
        Detail detail = new Detail(problem, Arrays.asList(args));
        for (Locale language : ProblemMessages.LANGUAGES) {
            assertThat(MESSAGES.render(detail, language)).as(problem + " in " + language)
                    .isNotBlank().doesNotContain("{").doesNotContain("}");
        }
        if (!Set.of(Problem.SCENARIO_RECORD, Problem.SCENARIO_RULE).contains(problem)) {
            assertThat(CYRILLIC.matcher(MESSAGES.render(detail, ProblemMessages.RUSSIAN)).find())
                    .as(problem + " is worded in Russian").isTrue();
        }
    }

    private static int highestArgument(String pattern) {
        Matcher matcher = ARGUMENT.matcher(pattern);
        int highest = -1;
        while (matcher.find()) {
            highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
        }
        return highest;
    }

    @Test
    void englishIsWordedAsTheApiAlwaysWordedIt() {
        assertThat(english(Problem.CONTROL_CHARACTER_IN_FREE_TEXT, "U+0007", 4)).isEqualTo("contains the control "
                + "character U+0007 at index 4; free text may hold line breaks and tabs, but no other control character");
        assertThat(english(Problem.NOT_VALID, "soon", Detail.of(Problem.EXPECTED_DATE)))
                .isEqualTo("'soon' is not a date in the form YYYY-MM-DD");
        assertThat(english(Problem.ID_FORMAT, Limits.ID))
                .isEqualTo("an id is 1 to 100 letters, digits, '.', '_' or '-' (and not '.' or '..')");
        assertThat(english(Problem.TOO_LONG, Limits.FREE_TEXT)).isEqualTo("is longer than 10000 characters");
        assertThat(english(Problem.NCO_LIQUIDATED, "nco-x", LocalDate.of(2020, 5, 1)))
                .isEqualTo("NCO nco-x was liquidated on 2020-05-01");
    }

    @Test
    void russianNumeralsAgreeWithTheirNouns() {
        assertThat(russian(Problem.TOO_LONG, 1)).isEqualTo("длиннее 1 символа");
        assertThat(russian(Problem.TOO_LONG, 3)).isEqualTo("длиннее 3 символов");
        assertThat(russian(Problem.TOO_LONG, 21)).isEqualTo("длиннее 21 символа");
        assertThat(russian(Problem.TOO_LONG, 500)).isEqualTo("длиннее 500 символов");
        assertThat(russian(Problem.SCENARIO_MORE, 1)).isEqualTo("и ещё 1 конфликт");
        assertThat(russian(Problem.SCENARIO_MORE, 4)).isEqualTo("и ещё 4 конфликта");
        assertThat(russian(Problem.SCENARIO_MORE, 11)).isEqualTo("и ещё 11 конфликтов");
    }

    @Test
    void aMeetingKindIsNamedInRussianNotByItsCode() {
        assertThat(russian(Problem.BODY_REQUIRED_FOR_KIND, MeetingKind.COUNCIL_SESSION))
                .isEqualTo("для заседания совета нужно указать совет");
        assertThat(russian(Problem.BODY_REQUIRED_FOR_KIND, MeetingKind.COMMISSION_SESSION))
                .isEqualTo("для заседания комиссии нужно указать комиссию");
    }

    @Test
    void nestedDetailsAndListsAreWordedInTheSameLanguage() {
        Detail conflicts = Detail.of(Problem.SCENARIO_CONFLICTS, java.util.List.of(
                Detail.of(Problem.SCENARIO_ID_TAKEN, Detail.of(Problem.SCENARIO_RECORD,
                        Detail.of(Problem.NAME_NCO), "nco-a")),
                Detail.of(Problem.SCENARIO_MORE, 2)));
        assertThat(MESSAGES.render(conflicts, ProblemMessages.RUSSIAN)).startsWith(
                "Ничего не записано: НКО «nco-a»: идентификатор уже занят другой записью или другим запросом; "
                        + "и ещё 2 конфликта.");
        assertThat(conflicts.english()).startsWith("Nothing was recorded: NCO nco-a: the id is already taken by "
                + "another record or another request; and 2 more.");
        assertThat(russian(Problem.BODY_WAS_DISSOLVED, "council", LocalDate.of(2020, 1, 2)))
                .isEqualTo("совет распущен 2020-01-02");
        assertThat(russian(Problem.BODY_WAS_DISSOLVED, "commission", LocalDate.of(2020, 1, 2)))
                .isEqualTo("комиссия распущена 2020-01-02");
    }

    @Test
    void theLanguageIsTheAcceptLanguagesBestOfEnglishAndRussianAndEnglishOtherwise() {
        assertThat(ProblemMessages.language(null)).isEqualTo(ProblemMessages.ENGLISH);
        assertThat(ProblemMessages.language("")).isEqualTo(ProblemMessages.ENGLISH);
        assertThat(ProblemMessages.language("ru")).isEqualTo(ProblemMessages.RUSSIAN);
        assertThat(ProblemMessages.language("ru-RU,ru;q=0.9,en;q=0.8")).isEqualTo(ProblemMessages.RUSSIAN);
        assertThat(ProblemMessages.language("en-GB")).isEqualTo(ProblemMessages.ENGLISH);
        assertThat(ProblemMessages.language("de")).isEqualTo(ProblemMessages.ENGLISH);
        assertThat(ProblemMessages.language("de, ru;q=0.5")).isEqualTo(ProblemMessages.RUSSIAN);
        assertThat(ProblemMessages.language("ru;q=oops")).isEqualTo(ProblemMessages.ENGLISH);
    }

    @Test
    void aDetailGivenTheWrongNumberOfArgumentsIsABug() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Detail.of(Problem.TOO_LONG));
    }

    private static String english(Problem problem, Object... args) {
        return MESSAGES.render(Detail.of(problem, args), ProblemMessages.ENGLISH);
    }

    private static String russian(Problem problem, Object... args) {
        return MESSAGES.render(Detail.of(problem, args), ProblemMessages.RUSSIAN);
    }
}
