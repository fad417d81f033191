package eu.aireadiness.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import eu.aireadiness.feedback.CountryIntakeStatus;
import eu.aireadiness.feedback.IntakeStatusRepository;
import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.framework.EditionState;
import eu.aireadiness.framework.Framework;
import eu.aireadiness.intake.FeedbackFiles;
import eu.aireadiness.portal.audit.AuditEntry;
import eu.aireadiness.portal.audit.AuditTrail;

/**
 * The admin's pages: the live status of every country for an edition, what the static status page shows plus why a
 * file was not used and a link to its feedback; and the edition's publication, started after a confirmation.
 */
@Controller
class AdminController {

    /**
     * A country's line: its status, why its last file was not used, and whether it needs attention (rejected, or
     * nothing received), which the page marks in words and by an outline, not by colour alone.
     */
    record StatusRow(CountryIntakeStatus status, String reason, Optional<String> feedbackFile) {
        public boolean rejected() {
            return status.lastFile().map(f -> !f.accepted()).orElse(false);
        }

        public boolean missing() {
            return status.lastFile().isEmpty();
        }
    }

    private final PortalInput input;
    private final IntakeStatusRepository statuses;
    private final CountryReasons reasons;
    private final PublicationLaunch publication;
    private final PortalAudit audit;
    private final AuditTrail trail;

    AdminController(PortalInput input, IntakeStatusRepository statuses, CountryReasons reasons,
                    PublicationLaunch publication, PortalAudit audit, AuditTrail trail) {
        this.input = input;
        this.statuses = statuses;
        this.reasons = reasons;
        this.publication = publication;
        this.audit = audit;
        this.trail = trail;
    }

    @GetMapping("/admin")
    String status(@RequestParam(name = "edition", required = false) Integer requested, Model model)
            throws IOException {
        Framework framework = input.framework();
        List<EditionInfo> editions = framework.editions().stream()
                .sorted(Comparator.comparingInt(EditionInfo::edition).reversed()).toList();
        EditionInfo edition = requested == null ? defaultEdition(framework, editions)
                : framework.edition(requested).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, CountryReasons.LastFile> last = reasons.of(edition.edition());
        List<StatusRow> rows = new java.util.ArrayList<>();
        for (CountryIntakeStatus status : statuses.load(edition.edition(), framework.countries())) {
            CountryReasons.LastFile file = last.get(status.country());
            Optional<String> feedback = Optional.empty();
            if (file != null && input.droppedFile(status.country(), file.fileName()).isPresent()) {
                feedback = Optional.of(file.fileName());
            }
            rows.add(new StatusRow(status, file == null ? "" : file.reason(), feedback));
        }
        model.addAttribute("edition", edition);
        model.addAttribute("editions", editions);
        model.addAttribute("rows", rows);
        model.addAttribute("attention", rows.stream().filter(r -> r.rejected() || r.missing()).count());
        model.addAttribute("publishable", edition.state() == EditionState.OPEN);
        model.addAttribute("publication", publication.latest().orElse(null));
        return "admin/status";
    }

    @GetMapping("/admin/{cc}/feedback")
    String feedback(@PathVariable String cc, @RequestParam("file") String file, Model model) throws IOException {
        Path path = input.droppedFile(cc, file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("country", cc);
        model.addAttribute("file", file);
        model.addAttribute("feedback", FeedbackView.read(path).orElse(null));
        model.addAttribute("back", "/admin");
        model.addAttribute("csvLink", "/admin/" + cc + "/feedback.csv");
        return "feedback";
    }

    @GetMapping("/admin/{cc}/feedback.csv")
    ResponseEntity<Resource> feedbackCsv(@PathVariable String cc, @RequestParam("file") String file,
                                         Authentication who, HttpServletRequest request) throws IOException {
        Path csv = FeedbackFiles.csvFor(input.droppedFile(cc, file)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        if (!Files.isRegularFile(csv, LinkOption.NOFOLLOW_LINKS)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(who, request, PortalAudit.DOWNLOAD, cc + "/" + csv.getFileName(), "sent");
        return OfficerController.download(csv, new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    /** The confirmation step: what will happen, and the one button that starts it. */
    @GetMapping("/admin/publish")
    String confirm(@RequestParam("edition") int year, Model model) {
        EditionInfo edition = input.framework().edition(year)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("edition", edition);
        model.addAttribute("publishable", edition.state() == EditionState.OPEN);
        model.addAttribute("output", input.output().resolve(Integer.toString(year)).toString());
        return "admin/confirm";
    }

    @PostMapping("/admin/publish")
    String publish(@RequestParam("edition") int year, Authentication who, HttpServletRequest request) {
        if (input.framework().edition(year).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String address = request.getRemoteAddr();
        String target = "edition " + year;
        boolean started = publication.start(year, who.getName(), outcome -> trail.record(new AuditEntry(Instant.now(),
                who.getName(), address, PortalAudit.PUBLISH, target, (outcome.success() ? "succeeded: " : "failed: ")
                + outcome.message())));
        audit.record(who, request, PortalAudit.PUBLISH, target, started ? "started"
                : "refused: a publication started here is still running");
        return "redirect:/admin/publication";
    }

    @GetMapping("/admin/publication")
    String publication(Model model) {
        model.addAttribute("publication", publication.latest().orElse(null));
        return "admin/publication";
    }

    /** The edition open for submissions, else the newest. */
    private static EditionInfo defaultEdition(Framework framework, List<EditionInfo> newestFirst) {
        return PortalInput.openEditions(framework).stream().findFirst()
                .orElseGet(() -> newestFirst.stream().findFirst().orElseThrow(() -> new IllegalStateException(
                        "editions.csv lists no edition; add a row for the edition to take in")));
    }
}
