package eu.aireadiness.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Component;

import eu.aireadiness.compute.MethodFile;
import eu.aireadiness.database.RunLock;
import eu.aireadiness.database.RunLockRefused;
import eu.aireadiness.database.RunLocks;
import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.framework.EditionState;
import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;

/**
 * Runs the annual job for an edition, identified by its inputs: the edition year, a fingerprint of the input and
 * template folders, and the output folder. A finished run with the same inputs is not repeated; a failed or
 * interrupted one resumes at the step that did not finish.
 */
@Component
public class AnnualRun {

    /** How a run ended, with one line for the person who started it. */
    public record Outcome(boolean success, String message) {
    }

    private final ResumableLaunch launch;
    private final Job annualEditionJob;
    private final IntakeProperties intake;
    private final RunLocks locks;
    private final EditionContexts contexts;

    AnnualRun(ResumableLaunch launch, Job annualEditionJob, IntakeProperties intake, RunLocks locks,
              EditionContexts contexts) {
        this.launch = launch;
        this.annualEditionJob = annualEditionJob;
        this.intake = intake;
        this.locks = locks;
        this.contexts = contexts;
    }

    public Outcome run(int edition, ReadinessProperties settings) throws Exception {
        Path input = settings.input().toAbsolutePath().normalize();
        Path output = settings.output().toAbsolutePath().normalize();
        Path templates = settings.templates().toAbsolutePath().normalize();
        Path archive = settings.archive().toAbsolutePath().normalize();
        Path publication = output.resolve(String.valueOf(edition));
        if (archive.startsWith(input)) {
            return new Outcome(false, archiveInsideInput(archive, input));
        }
        InputFolder folder = new InputFolder(input);
        Framework framework = folder.load();
        Optional<EditionInfo> info = framework.edition(edition);
        if (info.isEmpty()) {
            return new Outcome(false, "edition " + edition + " is not listed in " + folder.editionsFile()
                    + "; add a row for it (edition,title,publication_date,data_status,data_notice,state)");
        }
        if (info.get().state() != EditionState.OPEN) {
            return new Outcome(false, refusedEdition(info.get(), folder.editionsFile(), publication));
        }
        // Read once here, checked, and lent to the job's steps (EditionContexts).
        EditionContext context = new EditionContext(folder, framework,
                Optional.of(MethodFile.readDocument(folder.methodFile())));
        // The run includes the intake: it takes the edition's lock and the intake's, for the whole run.
        try (RunLocks.Held held = locks.take(List.of(RunLock.edition(edition), RunLock.INTAKE))) {
            return run(edition, held, context, output, templates, archive, publication);
        } catch (RunLockRefused e) {
            return new Outcome(false, e.getMessage());
        }
    }

    private Outcome run(int edition, RunLocks.Held held, EditionContext context, Path output, Path templates,
                        Path archive, Path publication) throws Exception {
        Path input = context.folder().root();
        String fingerprint = InputFingerprint.of(intake.settle(), input, templates);
        JobParameters parameters = parameters(edition, fingerprint, input, output, templates, archive, 0);
        JobExecution last = launch.last(annualEditionJob, parameters);
        for (int republication = 1; last != null && last.getStatus() == BatchStatus.COMPLETED; republication++) {
            if (isPublished(publication)) {
                return new Outcome(true, "edition " + edition + " is up to date: already published from these"
                        + " exact inputs in " + publication + IntakeRun.settlingNote(context, intake.settle()));
            }
            parameters = parameters(edition, fingerprint, input, output, templates, archive,
                    republication);
            last = launch.last(annualEditionJob, parameters);
        }
        JobParameters launched = parameters;
        JobExecution execution = contexts.lending(fingerprint, context,
                () -> launch.start(annualEditionJob, launched, held));
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new Outcome(true, "edition " + edition + " published in " + publication
                    + IntakeRun.settlingNote(context, intake.settle()));
        }
        return new Outcome(false, "edition " + edition + " failed (" + execution.getStatus() + "): "
                + ResumableLaunch.failureReason(execution) + ". Fix the cause and run the same command again: it resumes where it"
                + " stopped.");
    }

    /**
     * Why a published edition is not run again, in one line: its publication is final, and corrections to it are
     * revisions, listed in the next publication.
     */
    public static String refusedEdition(EditionInfo edition, Path editionsFile, Path publication) {
        int year = edition.edition();
        return "edition " + year + " is " + (edition.state() == EditionState.REVISION ? "published and open for"
                + " revision" : "published") + " (state '" + edition.state().word() + "' in " + editionsFile
                + "): its publication in " + publication + " is final and is not made again. Corrections to " + year
                + " are taken in as revisions (state 'revision', then 'intake') and listed in the notes of the next"
                + " edition's publication: run that edition instead.";
    }

    static JobParameters parameters(int edition, String fingerprint, Path input, Path output, Path templates,
                                    Path archive, int republication) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addLong("edition", (long) edition)
                .addString("inputs", fingerprint)
                .addString("output", output.toString())
                .addString("input", input.toString(), false)
                .addString("templates", templates.toString(), false)
                .addString("archive", archive.toString(), false);
        if (republication > 0) {
            // The publication of a finished run was deleted: publish it again as a new run of the same inputs.
            builder.addLong("republication", (long) republication);
        }
        return builder.toJobParameters();
    }

    private static boolean isPublished(Path publication) {
        if (!Files.isDirectory(publication)) {
            return false;
        }
        try (Stream<Path> files = Files.list(publication)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".pdf"));
        } catch (IOException e) {
            return false;
        }
    }

    public static String archiveInsideInput(Path archive, Path input) {
        return "the archive " + archive + " lies inside the input folder " + input + "; choose a folder outside it"
                + " (readiness.archive), so that archived copies are never read as submissions";
    }
}
