package ru.kogalym.civic.query.nco;

import com.ibm.icu.text.CollationKey;
import ru.kogalym.civic.query.projection.Mirror;
import ru.kogalym.civic.query.projection.Ordered;
import ru.kogalym.civic.query.projection.ReadModelCollection;
import ru.kogalym.civic.query.projection.ReadModels;
import org.bson.Document;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.query.journal.NcoNames;
import ru.kogalym.civic.query.web.RussianCollation;

import java.time.LocalDate;
import java.util.ArrayList;
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

        /** A state with its names' collation keys, computed once rather than at each comparison. */
        private record Keyed(NcoState state, CollationKey first, CollationKey second) {
        }

        private static final Comparator<Keyed> ORDER = Comparator
                .comparing(Keyed::first, RussianCollation.keyOrder())
                .thenComparing(Keyed::second, RussianCollation.keyOrder())
                .thenComparing(k -> k.state().id());

        private Keyed keyed(NcoState state) {
            return new Keyed(state, RussianCollation.key(key.apply(state)), RussianCollation.key(state.fullName()));
        }

        /** Every state in this order. */
        List<NcoState> sorted(Collection<NcoState> states) {
            return states.stream().map(this::keyed).sorted(ORDER).map(Keyed::state).toList();
        }

        /**
         * This order over states, for a binary search: the collation keys of the state searched for (the second
         * argument, as {@link java.util.Collections#binarySearch} passes it) are computed once, not at each probe.
         */
        Comparator<NcoState> searching() {
            return new Comparator<>() {
                private NcoState searched;
                private Keyed searchedKeys;

                @Override
                public int compare(NcoState probe, NcoState state) {
                    if (state != searched) {
                        searched = state;
                        searchedKeys = keyed(state);
                    }
                    return ORDER.compare(keyed(probe), searchedKeys);
                }
            };
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
     * is derived once, and filtered once per filter, for as long as the registry does not change.
     */
    public List<NcoState> find(NcoFilter filter, Sort sort) {
        return ncos.mirror(ENTRY).derived(new Listing.Filtered(filter, sort), mirror -> listing(mirror, filter.date(), sort)
                .stream().filter(filter::matches).toList());
    }

    /**
     * The registry on {@code date} in that order. Everything recorded is folded and sorted once; on an earlier day an
     * NCO nothing has happened to since keeps that listing's state and place (the same instance, so a region's
     * registry asked on several days holds its states once), and only the others are folded again and merged in.
     */
    private static List<NcoState> listing(Mirror<NcoEntry> mirror, LocalDate date, Sort sort) {
        List<NcoState> latest = mirror.derived(new Listing(LocalDate.MAX, sort), all -> sort.sorted(
                all.values().stream().filter(e -> !e.isWithdrawn()).map(e -> e.stateAsOf(LocalDate.MAX)).toList()));
        if (date.equals(LocalDate.MAX)) {
            return latest;
        }
        return mirror.derived(new Listing(date, sort), all -> {
            List<NcoState> kept = new ArrayList<>(latest.size());
            List<NcoState> changed = new ArrayList<>();
            for (NcoState state : latest) {
                NcoEntry entry = all.get(state.id());
                if (entry.settledBy(date)) {
                    kept.add(state);
                } else {
                    changed.add(entry.stateAsOf(date));
                }
            }
            if (changed.isEmpty()) {
                return latest;
            }
            // a binary search per changed NCO computes about two keys per probe: on a day long ago, when most have
            // changed since, one sort of them all (two keys each) costs less
            boolean few = changed.size() * (64 - Long.numberOfLeadingZeros(kept.size())) < kept.size();
            if (!few) {
                kept.addAll(changed);
                return sort.sorted(kept);
            }
            return Ordered.merged(kept, sort.sorted(changed), sort.searching());
        });
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
