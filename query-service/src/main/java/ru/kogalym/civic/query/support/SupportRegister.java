package ru.kogalym.civic.query.support;

import org.springframework.stereotype.Component;
import ru.kogalym.civic.query.journal.ActivityEntry;
import ru.kogalym.civic.query.journal.ActivityFilter;
import ru.kogalym.civic.query.journal.ActivityJournal;
import ru.kogalym.civic.query.journal.ActivityKind;
import ru.kogalym.civic.query.nco.NcoEntry;
import ru.kogalym.civic.query.nco.NcoRegistry;
import ru.kogalym.civic.query.nco.NcoState;
import ru.kogalym.civic.query.web.Money;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The register of supported NCOs, composed from the journal's support records (corrected, not withdrawn) and the
 * NCO registry (each NCO as it stood on the day of the support). Ordered by date, then id.
 */
@Component
class SupportRegister {

    private static final Map<String, String> KIND_LABELS = Map.of(
            "CONSULTATIVE", "консультационная",
            "INFORMATIONAL", "информационная",
            "PROPERTY", "имущественная",
            "FINANCIAL", "финансовая");

    private final ActivityJournal journal;
    private final NcoRegistry registry;

    public SupportRegister(ActivityJournal journal, NcoRegistry registry) {
        this.journal = journal;
        this.registry = registry;
    }

    /** The register for a year (null: all years). */
    public List<SupportRegisterRow> rows(Integer year) {
        LocalDate from = year == null ? null : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? null : LocalDate.of(year, 12, 31);
        Map<String, NcoEntry> ncos = new HashMap<>();
        registry.all().forEach(n -> ncos.put(n.id(), n));
        return journal.find(new ActivityFilter(ActivityKind.SUPPORT, from, to, null, false)).stream()
                      .map(entry -> row(entry, ncos))
                      .sorted(Comparator.comparing(SupportRegisterRow::providedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                                        .thenComparing(SupportRegisterRow::supportId))
                      .toList();
    }

    private static SupportRegisterRow row(ActivityEntry entry, Map<String, NcoEntry> ncos) {
        String ncoId = entry.ncoIds().isEmpty() ? null : entry.ncoIds().get(0);
        NcoEntry nco = ncoId == null ? null : ncos.get(ncoId);
        NcoState state = nco == null ? null : nco.stateAsOf(entry.date() == null ? LocalDate.MAX : entry.date());
        String kind = (String) entry.detail("supportKind");
        return new SupportRegisterRow(
                entry.id(), ncoId,
                state == null ? null : state.fullName(),
                state == null ? null : state.address(),
                state == null ? null : state.ogrn(),
                state == null ? null : state.inn(),
                state != null && state.sonco(),
                kind, kind == null ? null : KIND_LABELS.getOrDefault(kind, kind),
                Money.roubles(Money.storedKopecks(entry.detail("amount"))),
                date(entry.detail("periodFrom")), date(entry.detail("periodTo")),
                (String) entry.detail("providedBy"), entry.date(), entry.title());
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
