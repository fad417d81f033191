package eu.aireadiness.portal.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The page that answers a request for another country's page or file (see {@link CountryAccess}). */
@ControllerAdvice
class PortalErrors {

    @ExceptionHandler(CountryAccess.CountryForbidden.class)
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/forbidden";
    }
}
