package ru.kogalym.civic.query.projection;

import com.google.common.collect.Interners;
import com.google.common.collect.Interner;
import it.unimi.dsi.fastutil.objects.ObjectOpenHashSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One instance of each equal value the in-memory read models hold many times over: the ids an activity names (an NCO
 * named by a thousand records), a record's id in every collection that mirrors it, the codes and the field names of
 * stored history, the user who recorded it, its dates. Each document read from MongoDB comes with its own copies, and
 * at a region's size (100,000 NCOs, a million events) those copies were most of the query-service's heap.
 *
 * <p>Values are held weakly: one no record holds any more (a name since changed) is collected. Documents' keys, and
 * the ids of NCOs that records name (the registry's keys), are held strongly ({@link #key}). Only for values that
 * repeat; a value that is unique (an address) would cost an entry and save nothing.
 */
public final class Canonical {

    private static final Interner<Object> VALUES = Interners.newWeakInterner();
    /**
     * Documents' keys, held strongly in one open-addressing set: about 8 bytes a key, where the weak interner's entry
     * took about 40 (a million records: 43 MB). A read model's document is never deleted alone, so its key stays in
     * its mirror for as long as the store holds it, and a rebuild's generation has the same keys; a key of a store
     * that is dropped (a test's) stays here.
     */
    private static final ObjectOpenHashSet<Object> KEYS = new ObjectOpenHashSet<>();

    private Canonical() {
    }

    /** The one instance equal to {@code value} (a string, a number, a date), or null. */
    @SuppressWarnings("unchecked")
    public static <T> T of(T value) {
        return value == null ? null : (T) VALUES.intern(value);
    }

    /** The one instance equal to the document key {@code value} (its {@code _id}), or null. */
    @SuppressWarnings("unchecked")
    public static <T> T key(T value) {
        if (value == null) {
            return null;
        }
        synchronized (KEYS) {
            return (T) KEYS.addOrGet(value);
        }
    }

    /** The date written as {@code YYYY-MM-DD}, one instance per day, or null. */
    public static LocalDate date(String iso) {
        return iso == null ? null : of(LocalDate.parse(iso));
    }

    /** An immutable list of the one instances of {@code values}. */
    public static List<String> all(List<String> values) {
        List<String> canonical = new ArrayList<>(values.size());
        for (String value : values) {
            canonical.add(of(value));
        }
        return List.copyOf(canonical);
    }
}
