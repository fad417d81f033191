package eu.aireadiness.portal.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.intake.DropFolders;
import eu.aireadiness.pipeline.ReadinessProperties;

/**
 * The pipeline's folders as the pages need them: the countries and editions of the input folder, read at each
 * request (a few small CSV files) so that a change of {@code editions.csv} shows at once, as the intake sees it.
 */
@Component
class PortalInput {

    private final ReadinessProperties settings;

    PortalInput(ReadinessProperties settings) {
        this.settings = settings;
    }

    InputFolder folder() {
        return new InputFolder(settings.input().toAbsolutePath().normalize());
    }

    Framework framework() {
        return folder().load();
    }

    Path output() {
        return settings.output().toAbsolutePath().normalize();
    }

    Path templates() {
        return settings.templates().toAbsolutePath().normalize();
    }

    /** The editions taking submissions, newest first. */
    static List<EditionInfo> openEditions(Framework framework) {
        return framework.editions().stream().filter(e -> e.state().takesSubmissions())
                .sorted(Comparator.comparingInt(EditionInfo::edition).reversed()).toList();
    }

    static Optional<Country> country(Framework framework, String code) {
        return framework.countries().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * A file of the country's drop folder named exactly {@code name}, a regular file the intake would read; empty
     * for any other name (a path, a hidden or feedback file, a link), so that a request can name nothing else.
     */
    Optional<Path> droppedFile(String country, String name) throws IOException {
        Path folder = folder().countryFolder(country);
        if (name == null || name.isEmpty() || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().equals(name))
                    .filter(p -> !DropFolders.isIgnoredName(p) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .findFirst();
        }
    }
}
