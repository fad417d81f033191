package eu.aireadiness.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import eu.aireadiness.framework.Framework;
import eu.aireadiness.intake.FeedbackFiles;
import eu.aireadiness.pipeline.IntakeProperties;

/**
 * The officer's pages: their countries, and for each the editions open for submissions, the upload form, the
 * template, the feedback on each file and the history of the country's files. Every country page first checks that
 * the officer answers for the country ({@link CountryAccess}).
 */
@Controller
class OfficerController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PortalInput input;
    private final CountryAccess access;
    private final UploadStore uploads;
    private final FileHistory history;
    private final CountryTemplates templates;
    private final PortalAudit audit;
    private final IntakeProperties intake;

    OfficerController(PortalInput input, CountryAccess access, UploadStore uploads, FileHistory history,
                      CountryTemplates templates, PortalAudit audit, IntakeProperties intake) {
        this.intake = intake;
        this.input = input;
        this.access = access;
        this.uploads = uploads;
        this.history = history;
        this.templates = templates;
        this.audit = audit;
    }

    @GetMapping("/officer")
    String countries(Authentication who, Model model) {
        Framework framework = input.framework();
        model.addAttribute("countries", CountryAccess.countries(who).stream()
                .flatMap(code -> PortalInput.country(framework, code).stream()).toList());
        model.addAttribute("editions", PortalInput.openEditions(framework));
        return "officer/countries";
    }

    @GetMapping("/officer/{cc}")
    String country(@PathVariable String cc, Authentication who, HttpServletRequest request, Model model)
            throws IOException {
        String country = access.require(who, cc, request);
        Framework framework = input.framework();
        model.addAttribute("country", PortalInput.country(framework, country)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        var editions = PortalInput.openEditions(framework);
        model.addAttribute("editions", editions);
        model.addAttribute("templateLanguages", editions.isEmpty() ? List.of()
                : templates.languages(country, editions.get(0).edition()));
        model.addAttribute("history", history.of(country));
        model.addAttribute("pending", pending(country));
        model.addAttribute("uploadLimit", uploadLimit());
        return "officer/country";
    }

    @PostMapping("/officer/{cc}/upload")
    String upload(@PathVariable String cc, @RequestParam("file") MultipartFile file, Authentication who,
                  HttpServletRequest request, RedirectAttributes redirect) throws IOException {
        String country = access.require(who, cc, request);
        Optional<UploadName> name = UploadName.of(file.getOriginalFilename());
        if (name.isEmpty()) {
            audit.record(who, request, PortalAudit.UPLOAD, country + "/" + file.getOriginalFilename(),
                    "refused: not a .csv or .xlsx file");
            redirect.addFlashAttribute("refusal", "portal.upload.refused.extension");
            redirect.addFlashAttribute("refusedName", String.valueOf(file.getOriginalFilename()));
            return "redirect:/officer/" + country;
        }
        UploadStore.Stored stored;
        try (InputStream body = file.getInputStream()) {
            stored = uploads.store(country, name.get(), body, who.getName());
        } catch (UploadStore.Refused e) {
            audit.record(who, request, PortalAudit.UPLOAD, country + "/" + name.get().original(),
                    "refused: " + e.getMessage());
            redirect.addFlashAttribute("refusal", "portal.upload.refused.size");
            redirect.addFlashAttribute("refusedName", name.get().original());
            return "redirect:/officer/" + country;
        }
        audit.record(who, request, PortalAudit.UPLOAD, country + "/" + stored.name().stored()
                + " (sent as '" + stored.name().original() + "')", "stored, " + stored.bytes() + " bytes, SHA-256 "
                + stored.sha256());
        return "redirect:" + UriComponentsBuilder.fromPath("/officer/{cc}/feedback")
                .queryParam("file", stored.name().stored()).buildAndExpand(country).encode().toUriString();
    }

    /** Where an upload over the size limit is sent, unread ({@link UploadSizeFilter}). */
    @GetMapping(UploadSizeFilter.REFUSED_PAGE)
    String tooLarge(Model model) {
        model.addAttribute("limitBytes", intake.limits().maxFileBytes());
        return "error/too-large";
    }

    @GetMapping("/officer/{cc}/feedback")
    String feedback(@PathVariable String cc, @RequestParam("file") String file, Authentication who,
                    HttpServletRequest request, Model model) throws IOException {
        String country = access.require(who, cc, request);
        Path path = input.droppedFile(country, file)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("country", country);
        model.addAttribute("file", file);
        model.addAttribute("feedback", FeedbackView.read(path).orElse(null));
        model.addAttribute("back", "/officer/" + country);
        model.addAttribute("csvLink", "/officer/" + country + "/feedback.csv");
        return "feedback";
    }

    @GetMapping("/officer/{cc}/feedback.csv")
    ResponseEntity<Resource> feedbackCsv(@PathVariable String cc, @RequestParam("file") String file,
                                         Authentication who, HttpServletRequest request) throws IOException {
        String country = access.require(who, cc, request);
        Path path = input.droppedFile(country, file)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Path csv = FeedbackFiles.csvFor(path);
        if (!Files.isRegularFile(csv, LinkOption.NOFOLLOW_LINKS)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(who, request, PortalAudit.DOWNLOAD, country + "/" + csv.getFileName(), "sent");
        return download(csv, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/officer/{cc}/template")
    ResponseEntity<Resource> template(@PathVariable String cc, @RequestParam("edition") int edition,
                                      @RequestParam(name = "language", defaultValue = "en") String language,
                                      Authentication who, HttpServletRequest request) throws IOException {
        String country = access.require(who, cc, request);
        if (PortalInput.openEditions(input.framework()).stream().noneMatch(e -> e.edition() == edition)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Path workbook = templates.file(country, edition, language)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(who, request, PortalAudit.DOWNLOAD, country + "/" + workbook.getFileName(), "sent");
        return download(workbook, XLSX);
    }

    static ResponseEntity<Resource> download(Path file, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName().toString(), java.nio.charset.StandardCharsets.UTF_8).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file));
    }

    /**
     * An upload the history does not list, with the key of its state: the feedback's outcome once the intake has
     * answered (a file received before is answered without being stored), else waiting.
     */
    record PendingUpload(FileHistory.Upload upload, String stateKey) {
    }

    private List<PendingUpload> pending(String country) throws IOException {
        List<PendingUpload> pending = new java.util.ArrayList<>();
        for (FileHistory.Upload upload : history.notTakenIn(country)) {
            Optional<Path> file = input.droppedFile(country, upload.storedName());
            if (file.isPresent()) {
                pending.add(new PendingUpload(upload, FeedbackView.read(file.get())
                        .map(f -> "portal.feedback.outcome." + f.outcome().name()).orElse("portal.pending.waiting")));
            }
        }
        return pending;
    }

    /** The upload limit as the form states it, in whole megabytes (kilobytes below one). */
    private String uploadLimit() {
        long bytes = intake.limits().maxFileBytes();
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }
}
