package ru.kogalym.civic.query.opendata;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.query.journal.ActivityEntry;
import ru.kogalym.civic.query.journal.ActivityFilter;
import ru.kogalym.civic.query.journal.ActivityJournal;
import ru.kogalym.civic.query.journal.ActivityKind;
import ru.kogalym.civic.query.journal.JournalDetail;
import ru.kogalym.civic.query.nco.NcoRegistry;
import ru.kogalym.civic.query.nco.NcoState;
import ru.kogalym.civic.query.support.SupportRegister;
import ru.kogalym.civic.query.web.ExportLabels;
import ru.kogalym.civic.query.web.ExportTable;
import ru.kogalym.civic.query.web.ExportTable.Column;
import ru.kogalym.civic.query.web.ExportTable.Format;
import ru.kogalym.civic.query.web.RussianCollation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The open-data sets: the NCO registry (as it stands today), the support register (its standing entries) and, for
 * each year with records, that year's activities. Their tables are also the spreadsheet exports.
 */
@Component
@EnableConfigurationProperties(OpenDataProperties.class)
class OpenDataCatalog {

    static final String NCOS = "ncos";
    static final String ACTIVITIES = "activities";
    private static final Pattern ACTIVITIES_OF_YEAR = Pattern.compile(ACTIVITIES + "-(\\d{4})");

    static final List<Column> NCO_COLUMNS = List.of(
            new Column("id", "Identifier in the municipal registry", Format.STRING),
            new Column("fullName", "Full name", Format.STRING),
            new Column("shortName", "Short name", Format.STRING),
            new Column("legalForm", "Legal form", Format.STRING),
            new Column("community", "Ethnic community it represents", Format.STRING),
            new Column("ogrn", "Primary state registration number (OGRN)", Format.STRING),
            new Column("inn", "Taxpayer identification number (INN)", Format.STRING),
            new Column("address", "Address", Format.STRING),
            new Column("registeredOn", "Date of entry in the municipal registry", Format.DATE),
            new Column("stateRegistered", "Registered by the Ministry of Justice", Format.BOOLEAN),
            new Column("stateRegisteredOn", "Date of state registration", Format.DATE),
            new Column("sonco", "Socially oriented NCO", Format.BOOLEAN),
            new Column("liquidatedOn", "Date of liquidation", Format.DATE));

    static final List<Column> ACTIVITY_COLUMNS = List.of(
            new Column("id", "Identifier of the record", Format.STRING),
            new Column("kind", "Kind of record", Format.STRING),
            new Column("subkind", "Kind of meeting, event, support or grant level", Format.STRING),
            new Column("date", "Date", Format.DATE),
            new Column("title", "Title", Format.STRING),
            new Column("ncoNames", "NCOs taking part", Format.STRING),
            new Column("venue", "Venue", Format.STRING),
            new Column("amount", "Amount, roubles", Format.DECIMAL));

    private final NcoRegistry registry;
    private final ActivityJournal journal;
    private final SupportRegister supportRegister;
    private final OpenDataProperties properties;

    OpenDataCatalog(NcoRegistry registry, ActivityJournal journal, SupportRegister supportRegister,
                    OpenDataProperties properties) {
        this.registry = registry;
        this.journal = journal;
        this.supportRegister = supportRegister;
        this.properties = properties;
    }

    /** Every set: the two registers, then one per year with activities, oldest first. */
    List<OpenDataSet> all() {
        List<OpenDataSet> sets = new java.util.ArrayList<>(List.of(ncos(), supportRegister()));
        TreeSet<Integer> years = new TreeSet<>();
        journal.find(ActivityFilter.all()).forEach(e -> {
            if (e.date() != null) {
                years.add(e.date().getYear());
            }
        });
        years.forEach(year -> sets.add(activities(year)));
        return sets;
    }

    /** The set named by its code or by its identifier ({@code <INN>-<code>}). */
    Optional<OpenDataSet> find(String name) {
        String prefix = properties.ownerInn() + "-";
        String code = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
        if (code.equals(NCOS)) {
            return Optional.of(ncos());
        }
        if (code.equals(SupportRegister.DATASET)) {
            return Optional.of(supportRegister());
        }
        Matcher year = ACTIVITIES_OF_YEAR.matcher(code);
        if (year.matches()) {
            return Optional.of(activities(Integer.parseInt(year.group(1))));
        }
        return Optional.empty();
    }

    private OpenDataSet ncos() {
        return new OpenDataSet(NCOS, true, NCOS, null, () -> ncoTable(today()));
    }

    private OpenDataSet supportRegister() {
        return new OpenDataSet(SupportRegister.DATASET, true, SupportRegister.DATASET, null,
                () -> supportRegister.table(null, false));
    }

    private OpenDataSet activities(int year) {
        return new OpenDataSet(ACTIVITIES + "-" + year, false, ACTIVITIES, String.valueOf(year),
                () -> activityTable(year));
    }

    LocalDate today() {
        return LocalDate.now(properties.zone());
    }

    /** The registry on {@code date}: NCOs in it then, liquidated ones too (with the date), in Russian order. */
    ExportTable ncoTable(LocalDate date) {
        List<List<Object>> rows = registry.all().stream()
                .filter(entry -> !entry.isWithdrawn())
                .map(entry -> entry.stateAsOf(date))
                .filter(NcoState::inRegistry)
                .sorted(Comparator.comparing(NcoState::fullName, RussianCollation.order()).thenComparing(NcoState::id))
                .map(n -> Arrays.<Object>asList(n.id(), n.fullName(), n.shortName(),
                        ExportLabels.of("LegalForm", n.legalForm()), n.community(), n.ogrn(), n.inn(), n.address(),
                        n.registeredOn(), n.stateRegistered(), n.stateRegisteredOn(), n.sonco(), n.liquidatedOn()))
                .toList();
        return new ExportTable(NCOS, NCO_COLUMNS, rows);
    }

    /** The year's activities, not withdrawn, by date; NCOs by their names on the day. */
    ExportTable activityTable(int year) {
        BiFunction<String, LocalDate, String> names = registry.snapshot();
        List<List<Object>> rows = journal.find(new ActivityFilter(null, LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31), null, false)).stream()
                .sorted(Comparator.comparing(ActivityEntry::date).thenComparing(ActivityEntry::id))
                .map(e -> Arrays.<Object>asList(e.id(), ExportLabels.of(e.kind()), subkind(e), e.date(), e.title(),
                        String.join("; ", e.ncoIds().stream().map(id -> names.apply(id, e.date()))
                                           .filter(Objects::nonNull).toList()),
                        venue(e), amount(e)))
                .toList();
        return new ExportTable(ACTIVITIES, ACTIVITY_COLUMNS, rows);
    }

    /** The details that say what kind of meeting, event, support or grant a record is; a record has one at most. */
    private static final List<JournalDetail> SUBKIND_DETAILS = List.of(JournalDetail.MEETING_KIND,
            JournalDetail.EVENT_KIND, JournalDetail.SUPPORT_KIND, JournalDetail.LEVEL);

    private static String subkind(ActivityEntry e) {
        for (JournalDetail detail : SUBKIND_DETAILS) {
            String label = detail.codeLabel(e.detail(detail));
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    private static Object venue(ActivityEntry e) {
        Object venue = e.shown(JournalDetail.VENUE);
        return venue != null ? venue : e.shown(JournalDetail.LOCATION);
    }

    private static Object amount(ActivityEntry e) {
        return switch (e.kind()) {
            case SUPPORT -> e.shown(JournalDetail.AMOUNT);
            case GRANT -> e.shown(JournalDetail.AMOUNT_AWARDED);
            case MEETING, RAID, EVENT_PARTICIPATION -> null;
        };
    }
}
