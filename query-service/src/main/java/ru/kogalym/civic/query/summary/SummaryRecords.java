package ru.kogalym.civic.query.summary;

import ru.kogalym.civic.contract.activity.Activity;
import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.support.SupportKind;

import java.time.LocalDate;
import java.util.List;

/** The per-record state the annual summary is computed from, as the projection keeps it. */
final class SummaryRecords {

    private SummaryRecords() {
    }

    /** The NCO's names from {@code from} on. */
    public record NameChange(LocalDate from, String fullName, String shortName, String nameTranslation) {
    }

    /** From {@code on}, the NCO is ({@code in}) or is not in a registry or status. */
    public record StatusChange(LocalDate on, boolean in) {
    }

    /**
     * An NCO with its dated history, in the order the events were recorded.
     *
     * @param registeredOn when it entered the municipal registry (null: only later events seen)
     * @param withdrawn    registered by mistake: it counts nowhere
     * @param illustrative the fields of its registration that only illustrate what the source does not give
     */
    public record NcoRecord(String ncoId, LocalDate registeredOn, LocalDate liquidatedOn, boolean withdrawn,
                            List<NameChange> names, List<StatusChange> stateRegistry, List<StatusChange> sonco,
                            List<String> illustrative) {

        public NcoRecord {
            names = List.copyOf(names);
            stateRegistry = List.copyOf(stateRegistry);
            sonco = List.copyOf(sonco);
            illustrative = List.copyOf(illustrative);
        }

        /** In the municipal registry at the end of {@code date}. */
        public boolean activeOn(LocalDate date) {
            return registeredOn != null && !registeredOn.isAfter(date)
                    && (liquidatedOn == null || liquidatedOn.isAfter(date));
        }

        public boolean stateRegisteredOn(LocalDate date) {
            return statusOn(stateRegistry, date);
        }

        public boolean soncoOn(LocalDate date) {
            return statusOn(sonco, date);
        }

        /** The names in force on {@code date}: the last recorded change dated on or before it. */
        public NameChange namesOn(LocalDate date) {
            NameChange current = names.isEmpty() ? null : names.get(0);
            for (NameChange change : names) {
                if (change.from() == null || !change.from().isAfter(date)) {
                    current = change;
                }
            }
            return current;
        }

        private static boolean statusOn(List<StatusChange> changes, LocalDate date) {
            boolean in = false;
            for (StatusChange change : changes) {
                if (!change.on().isAfter(date)) {
                    in = change.in();
                }
            }
            return in;
        }
    }

    public enum ActivityType {
        MEETING, RAID, PARTICIPATION, SUPPORT, GRANT;

        /** The type of a record of the contract's kind; a new kind there does not compile until named here. */
        static ActivityType of(Activity activity) {
            return switch (activity) {
                case MEETING -> MEETING;
                case RAID -> RAID;
                case EVENT_PARTICIPATION -> PARTICIPATION;
                case SUPPORT -> SUPPORT;
                case GRANT -> GRANT;
            };
        }

        /** The kind named {@code name} of a record of this type (its enum in the contract), or null: raids have none. */
        Enum<?> kind(String name) {
            if (name == null) {
                return null;
            }
            return switch (this) {
                case MEETING -> MeetingKind.valueOf(name);
                case RAID -> null;
                case PARTICIPATION -> CityEventKind.valueOf(name);
                case SUPPORT -> SupportKind.valueOf(name);
                case GRANT -> GrantLevel.valueOf(name);
            };
        }
    }

    /**
     * One recorded activity with its current (corrected) values. Kept in memory for every record of every year, so
     * without its id (the mirror's key) and with a grant's decision in an object of its own: 48 bytes, not 64.
     *
     * @param kind     the meeting, city event or support kind, or the grant level
     * @param date     when it happened (for a grant: when the NCO applied)
     * @param withNcos a meeting with at least one participant NCO
     * @param amountKopecks        a support's amount
     * @param decided  a grant's decision, or null
     * @param illustrative the fields of its current values that only illustrate what the source does not give
     */
    public record ActivityRecord(ActivityType type, Enum<?> kind, LocalDate date, boolean withdrawn, boolean withNcos,
                                 int leaflets, int residents, Long amountKopecks, Decided decided,
                                 List<String> illustrative) {

        public ActivityRecord {
            illustrative = List.copyOf(illustrative);
        }

        /**
         * @param decision null while a grant waits (and for every other kind)
         * @param amountAwardedKopecks a grant's awarded amount
         */
        public ActivityRecord(ActivityType type, Enum<?> kind, LocalDate date, boolean withdrawn, boolean withNcos,
                              int leaflets, int residents, Long amountKopecks, GrantDecision decision, LocalDate decidedOn,
                              Long amountAwardedKopecks, List<String> illustrative) {
            this(type, kind, date, withdrawn, withNcos, leaflets, residents, amountKopecks,
                 decision == null && decidedOn == null && amountAwardedKopecks == null ? null
                         : new Decided(decision, decidedOn, amountAwardedKopecks), illustrative);
        }

        public GrantDecision decision() {
            return decided == null ? null : decided.decision();
        }

        public LocalDate decidedOn() {
            return decided == null ? null : decided.on();
        }

        public Long amountAwardedKopecks() {
            return decided == null ? null : decided.amountAwardedKopecks();
        }
    }

    /** A grant's award or rejection. */
    public record Decided(GrantDecision decision, LocalDate on, Long amountAwardedKopecks) {
    }
}
