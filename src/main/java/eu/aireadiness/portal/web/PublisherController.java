package eu.aireadiness.portal.web;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The publisher's pages: every published edition with its files, their checksums and the zip of the whole edition.
 * Nothing of the submissions is shown here: a publication carries the public status of each country already.
 */
@Controller
class PublisherController {

    private final Publications publications;

    PublisherController(Publications publications) {
        this.publications = publications;
    }

    @GetMapping("/publisher")
    String editions(Model model) throws IOException {
        model.addAttribute("editions", publications.editions());
        return "publisher/editions";
    }

    /** A file of an edition by its path in the manifest; a path the manifest does not list answers 404. */
    @GetMapping("/publisher/{year}/file")
    ResponseEntity<Resource> file(@PathVariable int year, @RequestParam("path") String path) throws IOException {
        Path file = publications.file(year, path)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String type = publications.edition(year).orElseThrow().files().stream()
                .filter(f -> f.path().equals(path)).map(Publications.PublishedFile::mediaType).findFirst()
                .orElse("application/json");
        return OfficerController.download(file, MediaType.parseMediaType(type));
    }
}
