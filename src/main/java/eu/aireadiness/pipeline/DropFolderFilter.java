package eu.aireadiness.pipeline;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.springframework.integration.file.filters.AbstractFileListFilter;

import eu.aireadiness.intake.DropFolders;

/**
 * Lets through the entries the intake would act on now: those lying directly in a country's folder (a folder named by
 * a two-letter code under the input folder) for which {@link DropFolders#needsIntake} holds: a complete file to take
 * in, or a link, folder or pipe to answer. A file still being written is let through on a later poll, once it has
 * settled; configuration files of the input folder never are. Nothing is opened here.
 */
class DropFolderFilter extends AbstractFileListFilter<File> {

    private final Path input;
    private final Duration settle;

    DropFolderFilter(Path input, Duration settle) {
        this.input = input;
        this.settle = settle;
    }

    @Override
    public boolean accept(File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        Path folder = path.getParent();
        return folder != null && input.equals(folder.getParent())
                && folder.getFileName().toString().matches("[A-Z]{2}")
                && DropFolders.needsIntake(path, Instant.now(), settle);
    }
}
