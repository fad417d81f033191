package eu.aireadiness.pipeline;

import java.util.Optional;

import eu.aireadiness.compute.MethodDocument;
import eu.aireadiness.compute.MethodFile;
import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;

/**
 * What a run of a job reads from its input folder, read once and shared by the job's steps: the configuration files
 * (codebook, countries, editions, reference data) and, for a run that computes, the method file. A run is identified
 * by the fingerprint of its inputs, and its context is made for that fingerprint ({@link EditionContexts}). The
 * officers' files are not part of it: the intake lists and reads those itself.
 *
 * @param method the method file; empty for the intake alone, which takes files in whatever the method says
 */
public record EditionContext(InputFolder folder, Framework framework, Optional<MethodDocument> method) {

    /** Reads the configuration files, and the method file when {@code withMethod}; a broken file is refused. */
    public static EditionContext read(InputFolder folder, boolean withMethod) {
        Framework framework = folder.load();
        return new EditionContext(folder, framework,
                withMethod ? Optional.of(MethodFile.readDocument(folder.methodFile())) : Optional.empty());
    }

    /** The method of a run that computes; a context read for the intake alone has none. */
    public MethodDocument requiredMethod() {
        return method.orElseThrow(() -> new IllegalStateException("the method file of " + folder.root()
                + " was not read for this run: only a run of an edition computes"));
    }

    /** The edition's row of editions.csv. */
    public EditionInfo edition(int year) {
        return framework.edition(year).orElseThrow(() -> new IllegalStateException("edition " + year
                + " is not listed in " + folder.editionsFile() + "; add a row for it"));
    }
}
