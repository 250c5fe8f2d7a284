package ru.kogalym.civic.query.nco;

import com.ibm.icu.text.CollationKey;
import ru.kogalym.civic.query.projection.Mirror;
import ru.kogalym.civic.query.projection.ReadModelCollection;
import ru.kogalym.civic.query.projection.ReadModels;
import org.bson.Document;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.query.journal.NcoNames;
import ru.kogalym.civic.query.web.RussianCollation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;


/**
 * Queries on the NCO registry. Each NCO's state on the asked date is folded from its history in Java, over the
 * registry kept in memory ({@link Mirror}): a region's hundred thousand NCOs are read from MongoDB once, then only
 * those that changed.
 */
@Component
public class NcoRegistry implements NcoNames {

    public enum Sort {
        FULL_NAME(NcoState::fullName),
        SHORT_NAME(NcoState::name);

        private final Function<NcoState, String> key;

        Sort(Function<NcoState, String> key) {
            this.key = key;
        }

        /** Every state in this order, each name's collation key computed once rather than at each comparison. */
        List<NcoState> sorted(Collection<NcoState> states) {
            record Keyed(NcoState state, CollationKey first, CollationKey second) {
            }
            return states.stream()
                         .map(s -> new Keyed(s, RussianCollation.key(key.apply(s)), RussianCollation.key(s.fullName())))
                         .sorted(Comparator.comparing(Keyed::first, RussianCollation.keyOrder())
                                           .thenComparing(Keyed::second, RussianCollation.keyOrder())
                                           .thenComparing(k -> k.state().id()))
                         .map(Keyed::state)
                         .toList();
        }
    }

    /** One document, one entry: the key of the registry kept in memory. */
    private static final Function<Document, NcoEntry> ENTRY = NcoEntry::inRegistry;

    /** The registry as it stood at the end of a day, in one order, before any filter. */
    private record Listing(LocalDate date, Sort sort) {

        /** The same, filtered: what one request asks for. */
        private record Filtered(NcoFilter filter, Sort sort) {
        }
    }

    private final ReadModelCollection ncos;

    public NcoRegistry(ReadModels readModels) {
        this.ncos = readModels.collection(NcoRegistryProjection.COLLECTION);
    }

    /**
     * The NCOs the filter lists (never a withdrawn one), in the order asked. The registry on that day in that order
     * is folded and sorted once, and filtered once per filter, for as long as the registry does not change.
     */
    public List<NcoState> find(NcoFilter filter, Sort sort) {
        Listing listing = new Listing(filter.date(), sort);
        return ncos.mirror(ENTRY).derived(new Listing.Filtered(filter, sort), mirror -> mirror
                .derived(listing, all -> sort.sorted(all.values().stream().filter(e -> !e.isWithdrawn())
                                                        .map(e -> e.stateAsOf(listing.date())).toList()))
                .stream().filter(filter::matches).toList());
    }

    /**
     * How many NCOs each filter lists, counted without sorting (a chart's points), once for as long as the registry
     * does not change.
     */
    public List<Long> counts(List<NcoFilter> filters) {
        List<NcoFilter> asked = List.copyOf(filters);
        return ncos.mirror(ENTRY).derived(asked, mirror -> asked.stream()
                .map(filter -> mirror.values().stream().filter(e -> !e.isWithdrawn())
                                     .map(e -> e.stateAsOf(filter.date())).filter(filter::matches).count())
                .toList());
    }

    public List<NcoState> find(NcoFilter filter) {
        return find(filter, Sort.FULL_NAME);
    }

    /** The NCO's entry, withdrawn or not. */
    public Optional<NcoEntry> entry(String ncoId) {
        return Optional.ofNullable(ncos.find(ncoId)).map(NcoEntry::fromDocument);
    }

    /** Each NCO's name (short if it has one) on a date, from one read of the registry. */
    @Override
    public BiFunction<String, LocalDate, String> snapshot() {
        Mirror<NcoEntry> entries = ncos.mirror(ENTRY);
        return names(entries::get);
    }

    @Override
    public BiFunction<String, LocalDate, String> snapshot(Collection<String> ncoIds) {
        return names(entries(ncoIds)::get);
    }

    /** The entries of these NCOs (withdrawn ones included) by id, read alone; an unknown id is left out. */
    public Map<String, NcoEntry> entries(Collection<String> ncoIds) {
        Map<String, NcoEntry> entries = new HashMap<>();
        for (Document document : ncos.findAll(ncoIds)) {
            NcoEntry entry = NcoEntry.fromDocument(document);
            entries.put(entry.id(), entry);
        }
        return entries;
    }

    private static BiFunction<String, LocalDate, String> names(Function<String, NcoEntry> entries) {
        return (ncoId, date) -> {
            NcoEntry entry = entries.apply(ncoId);
            return entry == null ? null : entry.stateAsOf(date == null ? LocalDate.MAX : date).name();
        };
    }

    @Override
    public Map<String, String> current() {
        Map<String, String> names = new LinkedHashMap<>();
        find(new NcoFilter(null, null, null, null, null, null, true), Sort.SHORT_NAME)
                .forEach(nco -> names.put(nco.id(), nco.name()));
        return names;
    }

    @Override
    public NcoRegistry over(ReadModels readModels) {
        return new NcoRegistry(readModels);
    }

    /** Every NCO's entry as kept in memory ({@link NcoEntry#inRegistry}), the withdrawn ones included. */
    public List<NcoEntry> all() {
        return List.copyOf(ncos.mirror(ENTRY).values());
    }
}
