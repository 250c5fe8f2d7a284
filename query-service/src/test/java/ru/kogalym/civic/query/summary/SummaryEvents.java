package ru.kogalym.civic.query.summary;

import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.cityevent.EventParticipationRecordedEvent;
import ru.kogalym.civic.contract.meeting.MeetingCorrectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.StateRegistration;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;

import java.time.LocalDate;
import java.util.List;

/** Event builders shared by the summary tests. */
public final class SummaryEvents {

    private SummaryEvents() {
    }

    public static NcoRegisteredEvent nco(String id, String fullName, LocalDate registeredOn, LocalDate stateRegisteredOn) {
        return new NcoRegisteredEvent(id, fullName, null, null, LegalForm.LOCAL_PUBLIC_ORGANIZATION, "community",
                null, null, "Kogalym", "Leader", registeredOn,
                stateRegisteredOn == null ? null : new StateRegistration(stateRegisteredOn, "N-" + id));
    }

    public static MeetingHeldEvent meeting(String id, MeetingKind kind, LocalDate heldOn, String... ncoIds) {
        return new MeetingHeldEvent(id, kind, "topic", heldOn, "Дом Дружбы", null, List.of(ncoIds), List.of("police"),
                null);
    }

    public static MeetingCorrectedEvent meetingCorrected(String id, MeetingKind kind, LocalDate heldOn,
                                                         String... ncoIds) {
        return new MeetingCorrectedEvent(id, kind, "topic", heldOn, "Дом Дружбы", null, List.of(ncoIds),
                List.of("police"), null, "typo");
    }

    public static RaidRecordedEvent raid(String id, LocalDate heldOn, int leaflets, Integer residents) {
        return new RaidRecordedEvent(id, heldOn, "площадь по улице Мира", "масочный режим", List.of("n1"),
                List.of("official"), leaflets, residents);
    }

    public static EventParticipationRecordedEvent participation(String id, CityEventKind kind, LocalDate heldOn) {
        return new EventParticipationRecordedEvent(id, kind, "event " + id, heldOn, List.of("n1"), 10);
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
