package ru.kogalym.civic.command.staff;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import ru.kogalym.civic.contract.identity.Role;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.support.SupportKind;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The staff's pages: a landing page and one form per everyday fact. A form's script posts the form as the API's JSON
 * to {@link StaffForms} on the same path and shows the API's answer, so the pages hold no rule of their own.
 */
@Controller
@Hidden
class StaffPages {

    static final String HOME = "/";
    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";
    /** Every page and form submission, and the pages' own files. */
    static final String PAGES = "/staff/**";
    static final String ASSETS = "/staff/assets/**";

    static final String NCOS = "/staff/ncos";
    static final String MEETINGS = "/staff/meetings";
    static final String RAIDS = "/staff/raids";
    static final String SUPPORT = "/staff/support";
    static final String SCENARIO = "/staff/scenario";
    private static final Set<String> FORMS = Stream.of(NCOS, MEETINGS, RAIDS, SUPPORT, SCENARIO)
            .map(path -> path.substring("/staff/".length())).collect(Collectors.toUnmodifiableSet());

    private final String queryServiceBaseUrl;

    StaffPages(@Value("${civic.query-service.base-url:http://localhost:8082}") String queryServiceBaseUrl) {
        this.queryServiceBaseUrl = queryServiceBaseUrl.replaceAll("/+$", "");
    }

    @ModelAttribute
    void common(Model model, HttpServletRequest request) {
        model.addAttribute("queryService", queryServiceBaseUrl);
        model.addAttribute("username", request.getRemoteUser());
        model.addAttribute("staff", request.isUserInRole(Role.STAFF.name()));
    }

    @GetMapping(HOME)
    String home() {
        return "index";
    }

    @GetMapping(LOGIN)
    String login() {
        return "login";
    }

    /** A form, named by its path: the template {@code form} with its fields from {@code fields}. */
    @GetMapping("/staff/{form}")
    String form(@PathVariable String form, Model model) {
        if (!FORMS.contains(form)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such page");
        }
        model.addAttribute("form", form);
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("meetingKinds", MeetingKind.values());
        model.addAttribute("supportKinds", SupportKind.values());
        return "form";
    }
}
