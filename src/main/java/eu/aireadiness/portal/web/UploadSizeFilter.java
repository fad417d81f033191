package eu.aireadiness.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.aireadiness.portal.audit.AuditEntry;
import eu.aireadiness.portal.audit.AuditTrail;

/**
 * Refuses an upload whose declared size is over the intake's limit before anything reads its body, and sends the
 * officer to a page that says why. It has to come before Spring Security: the CSRF check reads the request's
 * parameters, which makes the servlet container parse the multipart body, and the container then answers an
 * over-size body with its own bare error page. Nothing of the body is stored: what is read is thrown away, only
 * so that the browser, still sending, receives the answer instead of a broken connection. A body sent without a
 * length (chunked) is stopped by the container's own multipart limit, which is the same.
 */
final class UploadSizeFilter extends OncePerRequestFilter {

    static final String REFUSED_PAGE = "/officer/too-large";

    /** At most this many times the limit is read and dropped; a larger body is cut off with the connection. */
    private static final int DRAIN_FACTOR = 4;

    private final long maxRequestBytes;
    private final AuditTrail trail;

    UploadSizeFilter(long maxRequestBytes, AuditTrail trail) {
        this.maxRequestBytes = maxRequestBytes;
        this.trail = trail;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared <= maxRequestBytes) {
            chain.doFilter(request, response);
            return;
        }
        trail.record(new AuditEntry(Instant.now(), account(request), request.getRemoteAddr(), PortalAudit.UPLOAD,
                request.getRequestURI(), "refused: " + declared + " bytes declared, over the limit of "
                + maxRequestBytes + "; not read"));
        drain(request.getInputStream(), Math.min(declared, DRAIN_FACTOR * maxRequestBytes));
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", request.getContextPath() + REFUSED_PAGE);
    }

    /** The account of the session, for the audit log: the login check has not run yet at this point. */
    private static String account(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object context = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext security && security.getAuthentication() != null) {
            return security.getAuthentication().getName();
        }
        return "unknown (no session)";
    }

    private static void drain(InputStream body, long bytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = bytes;
        for (int n = body.read(buffer); n > 0 && left > 0; n = body.read(buffer)) {
            left -= n;
        }
    }
}
