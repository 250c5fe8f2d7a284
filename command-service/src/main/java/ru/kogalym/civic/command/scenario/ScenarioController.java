package ru.kogalym.civic.command.scenario;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.command.web.CorrelationIdFilter;

/** Loads the seed report's facts through the ordinary command path; loading twice records nothing new. */
@RestController
@RequestMapping(path = "/api/scenarios", produces = MediaType.APPLICATION_JSON_VALUE)
public class ScenarioController {

    private final Scenario2020 scenario2020;

    public ScenarioController(Scenario2020 scenario2020) {
        this.scenario2020 = scenario2020;
    }

    /** {@code 200} with what was loaded; every command is issued by the caller under the request's correlation id. */
    @PostMapping("/2020")
    public ScenarioSummary load2020(HttpServletRequest request) {
        return scenario2020.load(CorrelationIdFilter.correlationId(request));
    }
}
