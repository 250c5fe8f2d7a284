package ru.kogalym.civic.command.scenario;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.command.web.CorrelationIdFilter;

/** Loads the seed report's facts through the ordinary command path, all or nothing; loading twice records nothing new. */
@RestController
@Tag(name = "Scenarios", description = "The seed report's facts entered through the command path")
@RequestMapping(path = "/api/scenarios", produces = MediaType.APPLICATION_JSON_VALUE)
public class ScenarioController {

    private final Scenario2020 scenario2020;

    public ScenarioController(Scenario2020 scenario2020) {
        this.scenario2020 = scenario2020;
    }

    /** {@code 200} with what was loaded; every command is issued by the caller under the request's correlation id. */
    @PostMapping("/2020")
    @Operation(operationId = "load2020Scenario", summary = "Enter the 2020 report's facts (idempotent)",
            description = "All or nothing. Before recording anything, every fact is checked against the store: an id "
                    + "the scenario uses that another record or request holds, or a rule that records already there "
                    + "would break (an NCO liquidated, the commission dissolved, an NCO already its member), is a 409 "
                    + "that names every conflict, and nothing is recorded. Facts already recorded by an identical "
                    + "request (an earlier load, or staff entering them alike) are kept; the 2021 priorities, if staff "
                    + "set them themselves, keep their tasks and get the report's added. Once a conflict is removed, "
                    + "loading again completes the scenario; a complete scenario loaded again answers 200 with "
                    + "created 0. Values the report does not give are marked in each event's metadata "
                    + "(`illustrative`).")
    public ScenarioSummary load2020(HttpServletRequest request) {
        return scenario2020.load(CorrelationIdFilter.correlationId(request));
    }
}
