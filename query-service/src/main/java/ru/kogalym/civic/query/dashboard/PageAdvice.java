package ru.kogalym.civic.query.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.kogalym.civic.eventstore.operations.StoreUnavailable;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.web.NotFoundException;

/**
 * What every page needs to know (where it is, for the language switch and the menu), and its errors as pages: a bad
 * parameter names the field, an unknown record is a 404, anything else a 503 that reveals nothing inside.
 */
@ControllerAdvice(annotations = DashboardPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

    @ModelAttribute("currentUrl")
    String currentUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** The page's query string, for links to the API's downloads of the same selection; empty when none. */
    @ModelAttribute("queryString")
    String queryString(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? "" : query;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ExceptionHandler(BadParameterException.class)
    String badParameter(BadParameterException e, Model model, HttpServletResponse response) {
        return error(model, response, HttpStatus.BAD_REQUEST, "error.badParameter", e.field());
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return error(model, response, HttpStatus.NOT_FOUND, "error.notFound", e.field());
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        if (StoreUnavailable.causedBy(e)) {
            log.warn("MongoDB unreachable rendering a page: {}", e.toString());
        } else {
            log.error("Unexpected error rendering a page", e);
        }
        return error(model, response, HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable", null);
    }

    /** A path on this site to go back to; anything else (another host, a scheme) is the dashboard's start. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
            || back.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return back;
    }

    private static String error(Model model, HttpServletResponse response, HttpStatus status, String message,
                                String field) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        model.addAttribute("field", field);
        return "error-page";
    }
}
