package ru.kogalym.civic.query.projection;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalTest {

    @Test
    void equalTextsReadFromTwoDocumentsAreOneInstance() {
        String first = new String("nco-00042");
        String second = new String("nco-00042");

        assertThat(Canonical.of(first)).isSameAs(Canonical.of(second)).isEqualTo("nco-00042");
    }

    @Test
    void aDayIsOneInstanceHoweverOftenItIsRead() {
        LocalDate date = Canonical.date("2022-06-30");

        assertThat(Canonical.date(new String("2022-06-30"))).isSameAs(date).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(Canonical.date(null)).isNull();
    }

    @Test
    void aListKeepsItsOrderAndSharesItsItemsWithEveryOtherList() {
        List<String> named = Canonical.all(List.of(new String("nco-2"), new String("nco-1")));
        List<String> again = Canonical.all(List.of(new String("nco-1")));

        assertThat(named).containsExactly("nco-2", "nco-1");
        assertThat(named.get(1)).isSameAs(again.get(0));
    }

    @Test
    void valuesOfDifferentTypesStayApart() {
        assertThat(Canonical.<Object>of("1")).isNotEqualTo(Canonical.<Object>of(1L));
        assertThat(Canonical.<String>of(null)).isNull();
    }

    @Test
    void aDocumentsKeyIsOneInstanceWhicheverCollectionItIsReadFrom() {
        String fromTheJournal = Canonical.key(new String("RAID:r-17"));
        String fromTheSummary = Canonical.key(new String("RAID:r-17"));

        assertThat(fromTheSummary).isSameAs(fromTheJournal).isEqualTo("RAID:r-17");
        assertThat(Canonical.<String>key(null)).isNull();
    }
}
