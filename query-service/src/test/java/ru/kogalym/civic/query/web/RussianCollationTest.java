package ru.kogalym.civic.query.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RussianCollationTest {

    @Test
    void yoSortsAsItsOwnLetterRightAfterYe() {
        List<String> names = new ArrayList<>(List.of("Жасмин", "Ёлка", "Ежевика", "Елка", "Яблоко", "Абрикос", "ёж"));
        names.sort(RussianCollation.order());
        assertThat(names).containsExactly("Абрикос", "Ежевика", "Елка", "ёж", "Ёлка", "Жасмин", "Яблоко");
    }

    @Test
    void caseDoesNotOutweighLettersAndNullsGoLast() {
        List<String> names = new ArrayList<>(List.of("вайнах", "Аист", "ВАЙНАХ", "Бета"));
        names.add(null);
        names.sort(RussianCollation.order());
        assertThat(names.subList(0, 2)).containsExactly("Аист", "Бета");
        assertThat(names.subList(2, 4)).containsExactlyInAnyOrder("вайнах", "ВАЙНАХ");
        assertThat(names.get(4)).isNull();
    }

    @Test
    void searchIgnoresCaseAndReadsYoAsYe() {
        assertThat(RussianCollation.searchable("Ёлка ДРУЖБА")).isEqualTo("елка дружба");
    }
}
