package ru.kogalym.civic.query.web;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;

import java.util.Comparator;

/**
 * Russian alphabetical order for names: case-insensitive at first, with ё a letter of its own right after е
 * (Ёлка after Ежевика and before Жасмин), as in the registry's printed lists. Null sorts last.
 */
public final class RussianCollation {

    private static final Collator COLLATOR;

    static {
        try {
            RuleBasedCollator collator = new RuleBasedCollator("&е<ё<<<Ё");
            collator.setStrength(Collator.TERTIARY);
            COLLATOR = collator.freeze();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final Comparator<String> ORDER = Comparator.nullsLast(COLLATOR::compare);
    private static final Comparator<CollationKey> KEY_ORDER = Comparator.nullsLast(Comparator.naturalOrder());

    private RussianCollation() {
    }

    public static Comparator<String> order() {
        return ORDER;
    }

    /**
     * The text's place in {@link #order()} as a key compared byte by byte: for sorting many names, where comparing
     * each pair afresh with the collator costs most of the sort. Null for null, which {@link #keyOrder()} puts last.
     */
    public static CollationKey key(String text) {
        return text == null ? null : COLLATOR.getCollationKey(text);
    }

    /** Keys in {@link #order()}, null last. */
    public static Comparator<CollationKey> keyOrder() {
        return KEY_ORDER;
    }

    /** Lower case with ё read as е, for case-insensitive substring search. */
    public static String searchable(String text) {
        return text == null ? "" : text.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
    }
}
