package ru.kogalym.civic.command.staff;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.command.meeting.MeetingController;
import ru.kogalym.civic.command.meeting.MeetingRequests.HoldMeetingRequest;
import ru.kogalym.civic.command.nco.NcoController;
import ru.kogalym.civic.command.nco.NcoRequests.RegisterNcoRequest;
import ru.kogalym.civic.command.raid.RaidController;
import ru.kogalym.civic.command.raid.RaidRequests.RecordRaidRequest;
import ru.kogalym.civic.command.scenario.ScenarioController;
import ru.kogalym.civic.command.scenario.ScenarioSummary;
import ru.kogalym.civic.command.support.SupportController;
import ru.kogalym.civic.command.support.SupportRequests.RecordSupportRequest;
import ru.kogalym.civic.command.web.IdResponse;

/**
 * What the staff pages' forms submit: the API's own JSON bodies, read by the same strict JSON reader and handed to
 * the API's controllers, so that a form is validated exactly like an API request, and refused with the same
 * {@code application/problem+json} naming the field. Only the caller differs: the page's session (with a CSRF
 * token), not HTTP Basic, which the API keeps for itself.
 */
@RestController
@Hidden
class StaffForms {

    private final NcoController ncos;
    private final MeetingController meetings;
    private final RaidController raids;
    private final SupportController support;
    private final ScenarioController scenarios;

    StaffForms(NcoController ncos, MeetingController meetings, RaidController raids, SupportController support,
               ScenarioController scenarios) {
        this.ncos = ncos;
        this.meetings = meetings;
        this.raids = raids;
        this.support = support;
        this.scenarios = scenarios;
    }

    @PostMapping(path = StaffPages.NCOS, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IdResponse> registerNco(@RequestBody RegisterNcoRequest request) {
        return ncos.register(request);
    }

    @PostMapping(path = StaffPages.MEETINGS, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IdResponse> holdMeeting(@RequestBody HoldMeetingRequest request) {
        return meetings.hold(request);
    }

    @PostMapping(path = StaffPages.RAIDS, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IdResponse> recordRaid(@RequestBody RecordRaidRequest request) {
        return raids.record(request);
    }

    @PostMapping(path = StaffPages.SUPPORT, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IdResponse> recordSupport(@RequestBody RecordSupportRequest request) {
        return support.record(request);
    }

    @PostMapping(StaffPages.SCENARIO)
    ScenarioSummary load2020Scenario(HttpServletRequest request) {
        return scenarios.load2020(request);
    }
}
