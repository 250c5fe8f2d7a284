package ru.kogalym.civic.query.nco;

import ru.kogalym.civic.query.web.RussianCollation;

import java.time.LocalDate;

/**
 * Which NCOs the registry lists: as it stood at the end of {@code asOf} (null: everything recorded), and filters
 * that are null when not asked for. Liquidated NCOs are left out unless {@code includeLiquidated}.
 */
public record NcoFilter(LocalDate asOf, Boolean stateRegistered, String community, String legalForm, Boolean sonco,
                        String q, boolean includeLiquidated) {

    public static NcoFilter current() {
        return new NcoFilter(null, null, null, null, null, null, false);
    }

    /** The registry as it stood at the end of {@code date}, unfiltered. */
    public static NcoFilter asOf(LocalDate date) {
        return new NcoFilter(date, null, null, null, null, null, false);
    }

    /** The same, listing only NCOs in the state registry. */
    public NcoFilter onlyStateRegistered() {
        return new NcoFilter(asOf, true, community, legalForm, sonco, q, includeLiquidated);
    }

    public LocalDate date() {
        return asOf == null ? LocalDate.MAX : asOf;
    }

    boolean matches(NcoState nco) {
        return nco.inRegistry()
                && (includeLiquidated || !nco.liquidated())
                && (stateRegistered == null || stateRegistered == nco.stateRegistered())
                && (sonco == null || sonco == nco.sonco())
                && (legalForm == null || legalForm.equals(nco.legalForm()))
                && (community == null || (nco.community() != null
                        && RussianCollation.searchable(community.strip()).equals(RussianCollation.searchable(nco.community().strip()))))
                && (q == null || nameContains(nco, RussianCollation.searchable(q)));
    }

    private static boolean nameContains(NcoState nco, String q) {
        for (String name : new String[]{nco.fullName(), nco.shortName(), nco.nameTranslation()}) {
            if (name != null && RussianCollation.searchable(name).contains(q)) {
                return true;
            }
        }
        return false;
    }

}
