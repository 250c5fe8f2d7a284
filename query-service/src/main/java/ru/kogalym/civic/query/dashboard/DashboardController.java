package ru.kogalym.civic.query.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import java.util.Locale;

/** The dashboard's entry, its login page, the language switch and the page shown when a role does not suffice. */
@DashboardPage
class DashboardController {

    private final LocaleResolver locales;

    DashboardController(LocaleResolver locales) {
        this.locales = locales;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/ncos";
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("loggedOut", logout != null);
        return "login";
    }

    @GetMapping("/forbidden")
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "forbidden";
    }

    /** Switches between Russian and English and goes back to the page it was asked from. */
    @PostMapping("/locale")
    String locale(@RequestParam(required = false) String lang, @RequestParam(required = false) String back,
                  HttpServletRequest request, HttpServletResponse response) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : DashboardConfiguration.RUSSIAN;
        locales.setLocale(request, response, locale);
        return "redirect:" + PageAdvice.localPath(back);
    }
}
