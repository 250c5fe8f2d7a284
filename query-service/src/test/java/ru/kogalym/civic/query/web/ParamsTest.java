package ru.kogalym.civic.query.web;

import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.nco.LegalForm;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParamsTest {

    @Test
    void parsesOrRefusesNamingTheParameter() {
        assertThat(Params.date("asOf", "2020-12-31")).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(Params.date("asOf", " ")).isNull();
        assertThat(Params.bool("sonco", "TRUE")).isTrue();
        assertThat(Params.enumValue("legalForm", "national_cultural_autonomy", LegalForm.class))
                .isEqualTo(LegalForm.NATIONAL_CULTURAL_AUTONOMY);
        assertThatThrownBy(() -> Params.date("asOf", "31.12.2020"))
                .isInstanceOf(BadParameterException.class).extracting("field").isEqualTo("asOf");
        assertThatThrownBy(() -> Params.bool("sonco", "yes"))
                .isInstanceOf(BadParameterException.class).extracting("field").isEqualTo("sonco");
        assertThatThrownBy(() -> Params.enumValue("legalForm", "LLC", LegalForm.class))
                .isInstanceOf(BadParameterException.class).extracting("field").isEqualTo("legalForm");
    }

    @Test
    void csvIsChosenOnlyWhenPreferredToJson() {
        assertThat(CsvExport.wantsCsv(null)).isFalse();
        assertThat(CsvExport.wantsCsv("*/*")).isFalse();
        assertThat(CsvExport.wantsCsv("text/csv")).isTrue();
        assertThat(CsvExport.wantsCsv("text/csv, application/json")).isTrue();
        assertThat(CsvExport.wantsCsv("application/json, text/csv")).isFalse();
        assertThat(CsvExport.wantsCsv("application/json;q=0.4, text/csv")).isTrue();
        assertThat(CsvExport.wantsCsv("not a type")).isFalse();
    }

    @Test
    void pagesAreBoundedAndSliced() {
        assertThat(PageRequest.parse(null, null)).isEqualTo(new PageRequest(0, 50));
        assertThatThrownBy(() -> PageRequest.parse("-1", null)).extracting("field").isEqualTo("page");
        assertThatThrownBy(() -> PageRequest.parse(null, "501")).extracting("field").isEqualTo("size");
        assertThatThrownBy(() -> PageRequest.parse(null, "0")).extracting("field").isEqualTo("size");
        assertThatThrownBy(() -> PageRequest.parse("x", null)).extracting("field").isEqualTo("page");

        Page<Integer> second = Page.of(List.of(1, 2, 3, 4, 5), new PageRequest(1, 2));
        assertThat(second.items()).containsExactly(3, 4);
        assertThat(second.total()).isEqualTo(5);
        assertThat(Page.of(List.of(1, 2), new PageRequest(3, 2)).items()).isEmpty();
    }
}
