package eu.aireadiness.portal.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import eu.aireadiness.portal.audit.AuditEntry;
import eu.aireadiness.portal.audit.AuditTrail;

/** Records what a person did through the portal in the audit log, with who they are and where they came from. */
@Component
class PortalAudit {

    static final String UPLOAD = "UPLOAD";
    static final String DOWNLOAD = "DOWNLOAD";
    static final String FORBIDDEN = "FORBIDDEN";
    static final String PUBLISH = "PUBLISH";

    private final AuditTrail trail;

    PortalAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void record(Authentication who, HttpServletRequest request, String action, String target, String outcome) {
        trail.record(new AuditEntry(Instant.now(), who == null ? "anonymous" : who.getName(),
                request.getRemoteAddr(), action, target, outcome));
    }
}
