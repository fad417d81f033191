package eu.aireadiness.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import eu.aireadiness.pipeline.IntakeProperties;

/** The pages that answer a refused request: another country's page, and an upload over the intake's size limit. */
@ControllerAdvice
class PortalErrors {

    private final PortalAudit audit;
    private final IntakeProperties intake;

    PortalErrors(PortalAudit audit, IntakeProperties intake) {
        this.audit = audit;
        this.intake = intake;
    }

    @ExceptionHandler(CountryAccess.CountryForbidden.class)
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/forbidden";
    }

    /**
     * The servlet container stopped reading the body at the limit, so nothing of the file was kept; the officer is
     * told the limit and what to do.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        audit.record(who, request, PortalAudit.UPLOAD, request.getRequestURI(), "refused: larger than "
                + intake.limits().maxFileBytes() + " bytes, stopped before it was stored");
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        model.addAttribute("limitBytes", intake.limits().maxFileBytes());
        return "error/too-large";
    }
}
