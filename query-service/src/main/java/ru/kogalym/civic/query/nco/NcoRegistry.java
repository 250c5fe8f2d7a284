package ru.kogalym.civic.query.nco;

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
 * Queries on the NCO registry. A city has tens to hundreds of NCOs, so the registry is read whole and each NCO's
 * state on the asked date is folded from its history in Java.
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

        Comparator<NcoState> comparator() {
            return Comparator.comparing(key, RussianCollation.order())
                             .thenComparing(NcoState::fullName, RussianCollation.order())
                             .thenComparing(NcoState::id);
        }
    }

    private final ReadModelCollection ncos;

    public NcoRegistry(ReadModels readModels) {
        this.ncos = readModels.collection(NcoRegistryProjection.COLLECTION);
    }

    /** The NCOs the filter lists (never a withdrawn one), in the order asked. */
    public List<NcoState> find(NcoFilter filter, Sort sort) {
        List<NcoState> result = new ArrayList<>();
        for (NcoEntry entry : all()) {
            if (entry.isWithdrawn()) {
                continue;
            }
            NcoState state = entry.stateAsOf(filter.date());
            if (filter.matches(state)) {
                result.add(state);
            }
        }
        result.sort(sort.comparator());
        return result;
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
        Map<String, NcoEntry> entries = new HashMap<>();
        all().forEach(entry -> entries.put(entry.id(), entry));
        return names(entries);
    }

    @Override
    public BiFunction<String, LocalDate, String> snapshot(Collection<String> ncoIds) {
        return names(entries(ncoIds));
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

    private static BiFunction<String, LocalDate, String> names(Map<String, NcoEntry> entries) {
        return (ncoId, date) -> {
            NcoEntry entry = entries.get(ncoId);
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

    /** Every NCO's entry, the withdrawn ones included. */
    public List<NcoEntry> all() {
        List<NcoEntry> entries = new ArrayList<>();
        for (Document document : ncos.all()) {
            entries.add(NcoEntry.fromDocument(document));
        }
        return entries;
    }
}
