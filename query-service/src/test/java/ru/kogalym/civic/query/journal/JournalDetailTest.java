package ru.kogalym.civic.query.journal;

import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.meeting.MeetingKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class JournalDetailTest {

    private static final ResourceBundle EXPORT = ResourceBundle.getBundle("messages-export", Locale.ROOT);
    private static final List<ResourceBundle> PAGES = List.of(
            ResourceBundle.getBundle("query-pages/messages", Locale.ROOT),
            ResourceBundle.getBundle("query-pages/messages", Locale.ENGLISH));

    @Test
    void everyDetailAndEveryCodeItCanHoldIsWordedInTheExportsAndInBothLanguagesOfThePagesThatShowIt() {
        List<String> missing = new ArrayList<>();
        for (JournalDetail detail : JournalDetail.values()) {
            require(EXPORT, "detail." + detail.key(), missing);
            if (detail.isOnPages()) {
                PAGES.forEach(pages -> require(pages, "detail." + detail.key(), missing));
            }
            if (detail.isCode()) {
                for (Enum<?> code : detail.codes().getEnumConstants()) {
                    require(EXPORT, detail.codeType() + "." + code.name(), missing);
                    PAGES.forEach(pages -> require(pages, "enum." + detail.key() + "." + code.name(), missing));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aDetailIsFoundByTheKeyItIsStoredUnder() {
        for (JournalDetail detail : JournalDetail.values()) {
            assertThat(JournalDetail.named(detail.key())).contains(detail);
        }
        assertThat(JournalDetail.named("noSuchDetail")).isEmpty();
    }

    @Test
    void valuesAreStoredInTheirDetailsFormAndShownAsTheApiAnswersThem() {
        var written = JournalDetail.details(JournalDetail.MEETING_KIND, MeetingKind.COMMISSION_SESSION)
                .and(JournalDetail.PERIOD_FROM, LocalDate.of(2021, 3, 1))
                .and(JournalDetail.AMOUNT, 15_000_050L)
                .and(JournalDetail.OFFICIALS, List.of())
                .and(JournalDetail.VENUE, null)
                .stored();

        assertThat(written).containsExactly(
                entry("meetingKind", "COMMISSION_SESSION"),
                entry("periodFrom", "2021-03-01"),
                entry("amount", 15_000_050L),
                entry("officials", null),
                entry("venue", null));
        assertThat(JournalDetail.PERIOD_FROM.shown("2021-03-01")).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(JournalDetail.AMOUNT.shown(15_000_050L)).isEqualTo(new BigDecimal("150000.50"));
        assertThat(JournalDetail.LEAFLETS_DISTRIBUTED.shown(200L)).isEqualTo(200);
        assertThat(JournalDetail.OFFICIALS.shown(List.of("Иванов"))).isEqualTo(List.of("Иванов"));
        assertThat(JournalDetail.SUPPORT_KIND.codeLabel("FINANCIAL")).isEqualTo("финансовая");
        assertThat(JournalDetail.VENUE.codeLabel("Дом Дружбы")).as("no code, no label").isNull();
    }

    private static void require(ResourceBundle bundle, String key, List<String> missing) {
        if (!bundle.containsKey(key)) {
            missing.add(bundle.getBaseBundleName() + "[" + bundle.getLocale() + "]: " + key);
        }
    }
}
