package ru.kogalym.civic.query.summary;

import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.query.summary.AnnualSummary.GrantLevelFigures;
import ru.kogalym.civic.query.summary.AnnualSummary.NcoName;
import ru.kogalym.civic.query.summary.AnnualSummary.Priority;
import ru.kogalym.civic.query.summary.SummaryRecords.ActivityRecord;
import ru.kogalym.civic.query.summary.SummaryRecords.NameChange;
import ru.kogalym.civic.query.summary.SummaryRecords.NcoRecord;
import ru.kogalym.civic.query.web.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes a year's summary from the per-record read documents; pure, so it is cheap to test. */
final class AnnualSummaryCalculator {

    private AnnualSummaryCalculator() {
    }

    public static AnnualSummary compute(int year, Collection<NcoRecord> ncos, Collection<ActivityRecord> activities,
                                        List<Priority> priorities, List<Priority> nextYearPriorities) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);

        int total = 0;
        int stateRegistered = 0;
        int sonco = 0;
        int registeredDuringYear = 0;
        int liquidatedDuringYear = 0;
        List<NcoRecord> registeredList = new ArrayList<>();
        List<NcoRecord> otherList = new ArrayList<>();
        for (NcoRecord nco : ncos) {
            if (nco.withdrawn()) {
                continue;
            }
            if (nco.registeredOn() != null && nco.registeredOn().getYear() == year) {
                registeredDuringYear++;
            }
            if (nco.registeredOn() != null && nco.liquidatedOn() != null && nco.liquidatedOn().getYear() == year) {
                liquidatedDuringYear++;
            }
            if (!nco.activeOn(yearEnd)) {
                continue;
            }
            total++;
            if (nco.stateRegisteredOn(yearEnd)) {
                stateRegistered++;
                registeredList.add(nco);
            } else {
                otherList.add(nco);
            }
            if (nco.soncoOn(yearEnd)) {
                sonco++;
            }
        }

        Map<String, Integer> meetingsByKind = zeros(MeetingKind.values());
        int meetings = 0;
        int commissionSessionsWithNcos = 0;
        int raids = 0;
        long leaflets = 0;
        long residents = 0;
        Map<String, Integer> participationsByKind = zeros(CityEventKind.values());
        int participations = 0;
        Map<String, Integer> supportByKind = zeros(SupportKind.values());
        int support = 0;
        long financialKopecks = 0;
        int[] applied = new int[GrantLevel.values().length];
        int[] awarded = new int[GrantLevel.values().length];
        int[] rejected = new int[GrantLevel.values().length];
        long[] awardedKopecks = new long[GrantLevel.values().length];

        for (ActivityRecord activity : activities) {
            if (!counts(activity, year)) {
                continue;
            }
            boolean inYear = activity.date().getYear() == year;
            switch (activity.type()) {
                case MEETING -> {
                    if (inYear) {
                        meetings++;
                        meetingsByKind.merge(name(activity.kind()), 1, Integer::sum);
                        if (activity.kind() == MeetingKind.COMMISSION_SESSION && activity.withNcos()) {
                            commissionSessionsWithNcos++;
                        }
                    }
                }
                case RAID -> {
                    if (inYear) {
                        raids++;
                        leaflets += activity.leaflets();
                        residents += activity.residents();
                    }
                }
                case PARTICIPATION -> {
                    if (inYear) {
                        participations++;
                        participationsByKind.merge(name(activity.kind()), 1, Integer::sum);
                    }
                }
                case SUPPORT -> {
                    if (inYear) {
                        support++;
                        supportByKind.merge(name(activity.kind()), 1, Integer::sum);
                        if (activity.kind() == SupportKind.FINANCIAL && activity.amountKopecks() != null) {
                            financialKopecks = Math.addExact(financialKopecks, activity.amountKopecks());
                        }
                    }
                }
                case GRANT -> {
                    int level = ((GrantLevel) activity.kind()).ordinal();
                    if (inYear) {
                        applied[level]++;
                    }
                    if (activity.decidedOn() != null && activity.decidedOn().getYear() == year) {
                        if (activity.decision() == GrantDecision.AWARDED) {
                            awarded[level]++;
                            if (activity.amountAwardedKopecks() != null) {
                                awardedKopecks[level] = Math.addExact(awardedKopecks[level],
                                        activity.amountAwardedKopecks());
                            }
                        } else if (activity.decision() == GrantDecision.REJECTED) {
                            rejected[level]++;
                        }
                    }
                }
            }
        }

        Map<String, GrantLevelFigures> byLevel = new LinkedHashMap<>();
        int appliedTotal = 0;
        int awardedTotal = 0;
        int rejectedTotal = 0;
        long awardedKopecksTotal = 0;
        for (GrantLevel level : GrantLevel.values()) {
            int i = level.ordinal();
            byLevel.put(level.name(), new GrantLevelFigures(applied[i], awarded[i], rejected[i],
                    Money.roubles(awardedKopecks[i])));
            appliedTotal += applied[i];
            awardedTotal += awarded[i];
            rejectedTotal += rejected[i];
            awardedKopecksTotal = Math.addExact(awardedKopecksTotal, awardedKopecks[i]);
        }

        return new AnnualSummary(year,
                new AnnualSummary.Ncos(total, stateRegistered, total - stateRegistered, sonco, registeredDuringYear,
                        liquidatedDuringYear, names(registeredList, yearEnd), names(otherList, yearEnd)),
                new AnnualSummary.Meetings(meetings, meetingsByKind),
                commissionSessionsWithNcos,
                new AnnualSummary.Raids(raids, leaflets, residents),
                new AnnualSummary.EventParticipations(participations, participationsByKind),
                new AnnualSummary.Support(support, supportByKind, Money.roubles(financialKopecks)),
                new AnnualSummary.Grants(appliedTotal, awardedTotal, rejectedTotal, Money.roubles(awardedKopecksTotal),
                        byLevel),
                List.copyOf(priorities),
                List.copyOf(nextYearPriorities),
                illustrative(year, ncos, activities));
    }

    /**
     * Whether the activity counts in {@code year}'s figures: a standing record of that year, or a grant decided in it.
     * A change to records none of which counts in a year leaves that year's summary as it was.
     */
    static boolean counts(ActivityRecord activity, int year) {
        return activity != null && !activity.withdrawn() && activity.date() != null
                && (activity.date().getYear() == year || activity.type() == SummaryRecords.ActivityType.GRANT
                        && activity.decidedOn() != null && activity.decidedOn().getYear() == year);
    }

    /**
     * The figures resting on illustrative values: the NCOs registered during the year, if any NCO's registration date
     * is illustrative (the true one may fall in any year); the leaflets or residents of the year's raids, if any of
     * theirs is; how many raids or city events there were, if any of the year's is a record whose id is illustrative
     * (the source tells of such records but not how many).
     */
    private static List<String> illustrative(int year, Collection<NcoRecord> ncos,
                                             Collection<ActivityRecord> activities) {
        List<String> figures = new ArrayList<>();
        if (ncos.stream().anyMatch(nco -> nco.illustrative().contains(Illustrative.REGISTERED_ON))) {
            figures.add(AnnualSummary.NEW_NCOS);
        }
        List<ActivityRecord> raids = activities.stream()
                .filter(a -> a.type() == SummaryRecords.ActivityType.RAID && !a.withdrawn() && a.date() != null
                        && a.date().getYear() == year)
                .toList();
        if (raids.stream().anyMatch(raid -> raid.illustrative().contains(Illustrative.LEAFLETS))) {
            figures.add(AnnualSummary.LEAFLETS);
        }
        if (raids.stream().anyMatch(raid -> raid.illustrative().contains(Illustrative.RESIDENTS))) {
            figures.add(AnnualSummary.RESIDENTS);
        }
        if (raids.stream().anyMatch(raid -> raid.illustrative().contains(Illustrative.RAID_ID))) {
            figures.add(AnnualSummary.RAIDS);
        }
        if (activities.stream().anyMatch(a -> a.type() == SummaryRecords.ActivityType.PARTICIPATION && !a.withdrawn()
                && a.date() != null && a.date().getYear() == year
                && a.illustrative().contains(Illustrative.PARTICIPATION_ID))) {
            figures.add(AnnualSummary.EVENTS);
        }
        return List.copyOf(figures);
    }

    /** The NCOs in the order they entered the municipal registry, by their names on {@code date}. */
    private static List<NcoName> names(List<NcoRecord> ncos, LocalDate date) {
        return ncos.stream()
                   .sorted(Comparator.comparing(NcoRecord::registeredOn).thenComparing(NcoRecord::ncoId))
                   .map(nco -> {
                       NameChange names = nco.namesOn(date);
                       return names == null
                               ? new NcoName(nco.ncoId(), nco.ncoId(), null, null)
                               : new NcoName(nco.ncoId(), names.fullName(), names.shortName(), names.nameTranslation());
                   })
                   .toList();
    }

    private static String name(Enum<?> kind) {
        return kind == null ? null : kind.name();
    }

    private static Map<String, Integer> zeros(Enum<?>[] kinds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Enum<?> kind : kinds) {
            counts.put(kind.name(), 0);
        }
        return counts;
    }
}
