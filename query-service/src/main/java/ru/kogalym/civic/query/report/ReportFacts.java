package ru.kogalym.civic.query.report;

import org.axonframework.eventhandling.EventMessage;
import ru.kogalym.civic.contract.council.BodyDissolvedEvent;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.council.BodyMemberRemovedEvent;
import ru.kogalym.civic.contract.council.CouncilArea;
import ru.kogalym.civic.contract.meeting.MeetingCorrectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.meeting.MeetingWithdrawnEvent;
import ru.kogalym.civic.contract.raid.RaidCorrectedEvent;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.raid.RaidWithdrawnEvent;
import ru.kogalym.civic.query.summary.Illustrative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the report says beyond the summary's figures: the councils by name, what the working meetings were about,
 * where and with whom, which bodies held sessions with their NCO members, where the raids went and why. Only values
 * the records give as fact: a value their metadata marks illustrative is left out.
 *
 * @param councils      the public councils standing on 31 December, in the order they were recorded
 * @param working       the year's working meetings
 * @param sessions      the year's sessions with NCOs, by body, in the order the bodies were recorded
 * @param raids         the year's raids
 */
record ReportFacts(List<Council> councils, Details working, List<BodySessions> sessions, Details raids) {

    static final ReportFacts NONE = new ReportFacts(List.of(), Details.NONE, List.of(), Details.NONE);

    ReportFacts {
        councils = List.copyOf(councils);
        sessions = List.copyOf(sessions);
    }

    /** A public council; {@code cityWide} is the city's own council (area CITY_WIDE). */
    record Council(String name, boolean cityWide) {
    }

    /**
     * What a kind of activity was about, where and with whom, each value once, in the order first recorded.
     *
     * @param others for meetings, who took part besides NCOs; for raids, the officials
     */
    record Details(Set<String> topics, Set<String> places, Set<String> others) {

        static final Details NONE = new Details(Set.of(), Set.of(), Set.of());

        Details {
            topics = Collections.unmodifiableSet(new LinkedHashSet<>(topics));
            places = Collections.unmodifiableSet(new LinkedHashSet<>(places));
            others = Collections.unmodifiableSet(new LinkedHashSet<>(others));
        }
    }

    /**
     * Sessions of one council or commission with NCOs taking part; {@code byMembers} when every NCO taking part in
     * each of them was the body's member that day.
     */
    record BodySessions(String name, BodyKind kind, int count, boolean byMembers) {
    }

    /** Folds the event stream, from its first event, into a year's facts. */
    static final class Fold {

        private record Membership(String ncoId, LocalDate from, LocalDate until) {
            boolean holdsOn(LocalDate date) {
                return (from == null || !from.isAfter(date)) && (until == null || until.isAfter(date));
            }
        }

        private static final class Body {
            BodyKind kind;
            String name;
            CouncilArea area;
            LocalDate establishedOn;
            LocalDate dissolvedOn;
            final Map<String, Membership> members = new LinkedHashMap<>();
        }

        /**
         * An activity's current values; {@code kind} is a meeting's (null for a raid), {@code illustrative} names the
         * fields its last statement only illustrates.
         */
        private record Activity(MeetingKind kind, LocalDate on, String topic, String place, String bodyId,
                                List<String> ncoIds, List<String> others, List<String> illustrative,
                                boolean withdrawn) {
            Activity asWithdrawn() {
                return new Activity(kind, on, topic, place, bodyId, ncoIds, others, illustrative, true);
            }
        }

        private final Map<String, Body> bodies = new LinkedHashMap<>();
        private final Map<String, Activity> meetings = new LinkedHashMap<>();
        private final Map<String, Activity> raids = new LinkedHashMap<>();

        void apply(EventMessage<?> event) {
            Object payload = event.getPayload();
            List<String> illustrative = Illustrative.fields(event);
            if (payload instanceof BodyEstablishedEvent e) {
                Body body = bodies.computeIfAbsent(e.bodyId(), id -> new Body());
                body.kind = e.kind();
                body.name = e.name();
                body.area = e.area();
                body.establishedOn = e.establishedOn();
            } else if (payload instanceof BodyDissolvedEvent e) {
                bodies.computeIfAbsent(e.bodyId(), id -> new Body()).dissolvedOn = e.dissolvedOn();
            } else if (payload instanceof BodyMemberAddedEvent e && e.ncoId() != null) {
                bodies.computeIfAbsent(e.bodyId(), id -> new Body()).members
                        .put(e.memberId(), new Membership(e.ncoId(), e.addedOn(), null));
            } else if (payload instanceof BodyMemberRemovedEvent e) {
                Map<String, Membership> members = bodies.computeIfAbsent(e.bodyId(), id -> new Body()).members;
                members.computeIfPresent(e.memberId(), (id, m) -> new Membership(m.ncoId(), m.from(), e.removedOn()));
            } else if (payload instanceof MeetingHeldEvent e) {
                meetings.put(e.meetingId(), new Activity(e.kind(), e.heldOn(), e.topic(), e.venue(), e.bodyId(),
                        e.participantNcoIds(), e.otherParticipants(), illustrative, false));
            } else if (payload instanceof MeetingCorrectedEvent e) {
                boolean withdrawn = meetings.containsKey(e.meetingId()) && meetings.get(e.meetingId()).withdrawn();
                meetings.put(e.meetingId(), new Activity(e.kind(), e.heldOn(), e.topic(), e.venue(), e.bodyId(),
                        e.participantNcoIds(), e.otherParticipants(), illustrative, withdrawn));
            } else if (payload instanceof MeetingWithdrawnEvent e) {
                meetings.computeIfPresent(e.meetingId(), (id, a) -> a.asWithdrawn());
            } else if (payload instanceof RaidRecordedEvent e) {
                raids.put(e.raidId(), new Activity(null, e.heldOn(), e.purpose(), e.location(), null,
                        e.participantNcoIds(), e.officials(), illustrative, false));
            } else if (payload instanceof RaidCorrectedEvent e) {
                boolean withdrawn = raids.containsKey(e.raidId()) && raids.get(e.raidId()).withdrawn();
                raids.put(e.raidId(), new Activity(null, e.heldOn(), e.purpose(), e.location(), null,
                        e.participantNcoIds(), e.officials(), illustrative, withdrawn));
            } else if (payload instanceof RaidWithdrawnEvent e) {
                raids.computeIfPresent(e.raidId(), (id, a) -> a.asWithdrawn());
            }
        }

        ReportFacts facts(int year) {
            LocalDate end = LocalDate.of(year, 12, 31);
            List<Council> councils = new ArrayList<>();
            for (Body body : bodies.values()) {
                boolean standing = body.name != null && (body.establishedOn == null || !body.establishedOn.isAfter(end))
                        && (body.dissolvedOn == null || body.dissolvedOn.isAfter(end));
                if (standing && body.kind == BodyKind.COUNCIL) {
                    councils.add(new Council(body.name, body.area == CouncilArea.CITY_WIDE));
                }
            }
            List<Activity> working = inYear(meetings, year).stream()
                    .filter(a -> a.kind() == MeetingKind.WORKING_MEETING).toList();
            Map<String, int[]> sessions = new LinkedHashMap<>();
            bodies.keySet().forEach(id -> sessions.put(id, new int[2]));
            for (Activity a : inYear(meetings, year)) {
                Body body = a.bodyId() == null ? null : bodies.get(a.bodyId());
                boolean session = a.kind() == MeetingKind.COMMISSION_SESSION || a.kind() == MeetingKind.COUNCIL_SESSION;
                if (session && body != null && body.name != null && !a.ncoIds().isEmpty()) {
                    int[] counts = sessions.get(a.bodyId());
                    counts[0]++;
                    if (a.ncoIds().stream().allMatch(nco -> body.members.values().stream()
                            .anyMatch(m -> m.ncoId().equals(nco) && m.holdsOn(a.on())))) {
                        counts[1]++;
                    }
                }
            }
            List<BodySessions> bySessions = new ArrayList<>();
            sessions.forEach((id, counts) -> {
                if (counts[0] > 0) {
                    Body body = bodies.get(id);
                    bySessions.add(new BodySessions(body.name, body.kind, counts[0], counts[1] == counts[0]));
                }
            });
            return new ReportFacts(councils, details(working, "topic", "venue", "otherParticipants"), bySessions,
                    details(inYear(raids, year), "purpose", "location", "officials"));
        }

        private static List<Activity> inYear(Map<String, Activity> activities, int year) {
            return activities.values().stream()
                    .filter(a -> !a.withdrawn() && a.on() != null && a.on().getYear() == year).toList();
        }

        /** The values of the activities' fields, each named as the events name it, unless illustrative. */
        private static Details details(List<Activity> activities, String topicField, String placeField,
                                       String othersField) {
            Set<String> topics = new LinkedHashSet<>();
            Set<String> places = new LinkedHashSet<>();
            Set<String> others = new LinkedHashSet<>();
            for (Activity a : activities) {
                if (given(a, topicField, a.topic())) {
                    topics.add(a.topic());
                }
                if (given(a, placeField, a.place())) {
                    places.add(a.place());
                }
                if (!a.illustrative().contains(othersField)) {
                    a.others().stream().filter(other -> !other.isBlank()).forEach(others::add);
                }
            }
            return new Details(topics, places, others);
        }

        private static boolean given(Activity a, String field, String value) {
            return value != null && !value.isBlank() && !a.illustrative().contains(field);
        }
    }
}
