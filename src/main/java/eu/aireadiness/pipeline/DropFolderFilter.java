package eu.aireadiness.pipeline;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;

import org.springframework.integration.file.filters.AbstractFileListFilter;

import eu.aireadiness.intake.DropFolders;

/**
 * Lets through the files the intake would take in now: those lying directly in a country's folder (a folder named by
 * a two-letter code under the input folder) that {@link DropFolders#isReady} accepts. A file still being copied is
 * let through on a later poll, once it has settled; configuration files of the input folder never are.
 */
class DropFolderFilter extends AbstractFileListFilter<File> {

    private final Path input;

    DropFolderFilter(Path input) {
        this.input = input;
    }

    @Override
    public boolean accept(File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        Path folder = path.getParent();
        return folder != null && input.equals(folder.getParent())
                && folder.getFileName().toString().matches("[A-Z]{2}")
                && DropFolders.isReady(path, Instant.now());
    }
}
