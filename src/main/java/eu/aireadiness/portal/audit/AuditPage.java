package eu.aireadiness.portal.audit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The admin's view of the audit log: the latest entries as a table, filtered by who and by action, and the whole
 * log as CSV. The export is itself logged, as every download of a file that is not public.
 */
@Controller
class AuditPage {

    static final int SHOWN = 200;
    static final int MOST_SHOWN = 5000;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final AuditTrail trail;
    private final Clock clock = Clock.systemUTC();

    AuditPage(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(defaultValue = "") String who, @RequestParam(defaultValue = "") String action,
                @RequestParam(defaultValue = "" + SHOWN) int limit, Model model) {
        int shown = Math.max(1, Math.min(limit, MOST_SHOWN));
        String whoPart = who.strip().toLowerCase(Locale.ROOT);
        String actionWord = action.strip().toUpperCase(Locale.ROOT);
        List<AuditEntry> entries = trail.latest(shown, whoPart, actionWord);
        model.addAttribute("entries", entries);
        model.addAttribute("who", who);
        model.addAttribute("action", action);
        model.addAttribute("limit", shown);
        model.addAttribute("utc", UTC);
        return "audit-log";
    }

    @GetMapping("/admin/audit.csv")
    void csv(Authentication admin, HttpServletRequest request, HttpServletResponse response) throws IOException {
        trail.record(new AuditEntry(clock.instant(), admin.getName(), request.getRemoteAddr(), "DOWNLOAD",
                "/admin/audit.csv", "OK"));
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        try (Writer out = response.getWriter()) {
            AuditCsv.write(trail, out);
        }
    }
}
