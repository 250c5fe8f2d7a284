package ru.kogalym.civic.query.support;

import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.support.RegisterViolation;
import ru.kogalym.civic.query.journal.ActivityEntry;
import ru.kogalym.civic.query.journal.ActivityFilter;
import ru.kogalym.civic.query.journal.ActivityJournal;
import ru.kogalym.civic.query.journal.ActivityKind;
import ru.kogalym.civic.query.journal.JournalDetail;
import ru.kogalym.civic.query.nco.NcoEntry;
import ru.kogalym.civic.query.nco.NcoRegistry;
import ru.kogalym.civic.query.nco.NcoState;
import ru.kogalym.civic.query.web.ExportLabels;
import ru.kogalym.civic.query.web.ExportTable;
import ru.kogalym.civic.query.web.ExportTable.Column;
import ru.kogalym.civic.query.web.ExportTable.Format;
import ru.kogalym.civic.query.web.Page;
import ru.kogalym.civic.query.web.PageRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The register of supported SONCOs: its entries (by number) composed with the journal's support records
 * (corrected; withdrawn ones too, so an entry whose support was withdrawn still shows it) and the NCO registry (each
 * NCO as it stood on the day of inclusion).
 */
@Component
public class SupportRegister {

    public static final String DATASET = "support-register";

    /** The Order No. 223 layout, as the CSV, XLSX and open-data files give it. */
    static final List<Column> COLUMNS = List.of(
            new Column("entryNumber", "Register entry number", Format.INTEGER),
            new Column("includedOn", "Date of inclusion in the register", Format.DATE),
            new Column("basis", "Basis of inclusion or exclusion (the decision)", Format.STRING),
            new Column("ncoName", "Name of the non-profit organisation", Format.STRING),
            new Column("address", "Postal address of the organisation", Format.STRING),
            new Column("ogrn", "Primary state registration number (OGRN)", Format.STRING),
            new Column("inn", "Taxpayer identification number (INN)", Format.STRING),
            new Column("activityKinds", "Kinds of activity of the organisation", Format.STRING),
            new Column("form", "Form of support", Format.STRING),
            new Column("amount", "Amount of support, roubles", Format.DECIMAL),
            new Column("periodFrom", "Term of support: from", Format.DATE),
            new Column("periodTo", "Term of support: to", Format.DATE),
            new Column("providedBy", "Body that gave the support", Format.STRING),
            new Column("decisionDate", "Date of the decision to give support", Format.DATE),
            new Column("supportStoppedOn", "Date support was stopped", Format.DATE),
            new Column("violations", "Violations found, including misuse of funds or property", Format.STRING),
            new Column("includedLate", "Included more than 30 days after the decision", Format.BOOLEAN),
            new Column("excludedOn", "Date of exclusion from the register", Format.DATE));

    private final SupportRegisterProjection entries;
    private final ActivityJournal journal;
    private final NcoRegistry registry;

    SupportRegister(SupportRegisterProjection entries, ActivityJournal journal, NcoRegistry registry) {
        this.entries = entries;
        this.journal = journal;
        this.registry = registry;
    }

    /**
     * The register's entries by number: those whose decision fell in {@code year} (null: all years), excluded ones
     * only if asked for.
     */
    List<SupportRegisterRow> rows(Integer year, boolean includeExcluded) {
        Map<String, ActivityEntry> supports = supports();
        Map<String, NcoEntry> ncos = ncos();
        return entries(year, includeExcluded).stream().map(e -> row(e, supports, ncos)).toList();
    }

    /** One page of {@link #rows}, reading only the support records and NCOs that page shows. */
    Page<SupportRegisterRow> page(Integer year, boolean includeExcluded, PageRequest request) {
        Page<RegisterEntry> page = Page.of(entries(year, includeExcluded), request);
        return page.map(composer(page.items()));
    }

    Optional<SupportRegisterRow> row(int number) {
        return entries.entry(number).map(e -> composer(List.of(e)).apply(e));
    }

    private List<RegisterEntry> entries(Integer year, boolean includeExcluded) {
        return entries.all().stream()
                .filter(e -> includeExcluded || !e.isExcluded())
                .filter(e -> year == null || (e.decisionDate() != null && e.decisionDate().getYear() == year))
                .toList();
    }

    /** Composes these entries' rows from their support records and NCOs, read alone. */
    private Function<RegisterEntry, SupportRegisterRow> composer(List<RegisterEntry> shown) {
        Map<String, ActivityEntry> supports = journal.entries(ActivityKind.SUPPORT,
                shown.stream().map(RegisterEntry::supportId).toList());
        Map<String, NcoEntry> ncos = registry.entries(supports.values().stream()
                .filter(s -> !s.ncoIds().isEmpty()).map(s -> s.ncoIds().get(0)).toList());
        return e -> row(e, supports, ncos);
    }

    /** The register as a table in the Order No. 223 layout (standing entries; excluded ones too if asked). */
    public ExportTable table(Integer year, boolean includeExcluded) {
        return new ExportTable(DATASET, COLUMNS, rows(year, includeExcluded).stream().map(SupportRegister::cells).toList());
    }

    private static List<Object> cells(SupportRegisterRow r) {
        String violations = r.violations().stream()
                .map(v -> v.foundOn() + ": " + v.kindLabel() + " — " + v.description())
                .collect(Collectors.joining("; "));
        return Arrays.asList(r.entryNumber(), r.includedOn(), r.basis() + " от " + r.decisionDate()
                        + (r.exclusionBasis() == null ? "" : "; исключено: " + r.exclusionBasis()),
                r.ncoName(), r.address(), r.ogrn(), r.inn(), String.join("; ", r.activityKinds()), r.formLabel(),
                r.amount(), r.periodFrom(), r.periodTo(), r.providedBy(), r.decisionDate(), r.supportStoppedOn(),
                violations, r.includedLate(), r.excludedOn());
    }

    private Map<String, NcoEntry> ncos() {
        Map<String, NcoEntry> ncos = new HashMap<>();
        registry.all().forEach(n -> ncos.put(n.id(), n));
        return ncos;
    }

    private Map<String, ActivityEntry> supports() {
        Map<String, ActivityEntry> supports = new HashMap<>();
        journal.find(new ActivityFilter(ActivityKind.SUPPORT, null, null, null, true))
               .forEach(s -> supports.put(s.id(), s));
        return supports;
    }

    private static SupportRegisterRow row(RegisterEntry e, Map<String, ActivityEntry> supports,
                                          Map<String, NcoEntry> ncos) {
        ActivityEntry support = supports.get(e.supportId());
        String ncoId = support == null || support.ncoIds().isEmpty() ? null : support.ncoIds().get(0);
        NcoEntry nco = ncoId == null ? null : ncos.get(ncoId);
        NcoState state = nco == null ? null : nco.stateAsOf(e.includedOn() == null ? LocalDate.MAX : e.includedOn());
        Object kind = support == null ? null : support.detail(JournalDetail.SUPPORT_KIND);
        return new SupportRegisterRow(
                e.number(), e.includedOn(), e.basis(), e.decisionDate(), e.includedLate(),
                ncoId,
                state == null ? null : state.fullName(),
                state == null ? null : state.address(),
                state == null ? null : state.ogrn(),
                state == null ? null : state.inn(),
                state != null && state.sonco(),
                e.activityKinds(), e.supportId(),
                (String) kind, JournalDetail.SUPPORT_KIND.codeLabel(kind),
                support == null ? null : (BigDecimal) support.shown(JournalDetail.AMOUNT),
                support == null ? null : (LocalDate) support.shown(JournalDetail.PERIOD_FROM),
                support == null ? null : (LocalDate) support.shown(JournalDetail.PERIOD_TO),
                support == null ? null : (String) support.shown(JournalDetail.PROVIDED_BY),
                support == null ? null : support.date(),
                support == null ? null : support.title(),
                support != null && support.withdrawn(),
                e.supportStoppedOn(),
                e.violations().stream().map(SupportRegister::violation).toList(),
                e.excludedOn(), e.exclusionBasis());
    }

    private static SupportRegisterRow.Violation violation(RegisterViolation v) {
        return new SupportRegisterRow.Violation(v.kind().name(), ExportLabels.of(v.kind()), v.foundOn(),
                v.description());
    }
}
