package eu.aireadiness.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import eu.aireadiness.compute.MethodFileException;
import eu.aireadiness.database.DatabaseFailure;
import eu.aireadiness.database.DatabaseLocation;
import eu.aireadiness.framework.InputFileException;
import eu.aireadiness.pipeline.AnnualRun;
import eu.aireadiness.pipeline.IntakeRun;
import eu.aireadiness.pipeline.ReadinessProperties;

/**
 * Runs the command given on the command line once Spring has started, and turns its outcome into an exit code: the
 * outcome's line on standard output (none with --quiet), or the failure's on standard error; both in the log file.
 */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

    private final AnnualRun annualRun;
    private final IntakeRun intakeRun;
    private final ReadinessProperties settings;
    private final String command;
    private final Integer year;
    private final DatabaseLocation database;
    private final boolean quiet;
    private int exitCode;

    CommandRunner(AnnualRun annualRun, IntakeRun intakeRun, ReadinessProperties settings,
                  @Value("${readiness.command:}") String command, @Value("${readiness.year:#{null}}") Integer year,
                  DatabaseLocation database, @Value("${readiness.quiet:false}") boolean quiet) {
        this.database = database;
        this.quiet = quiet;
        this.annualRun = annualRun;
        this.intakeRun = intakeRun;
        this.settings = settings;
        this.command = command;
        this.year = year;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean run = command.equals(Verb.RUN.word());
        if (!run && !command.equals(Verb.INTAKE.word())) {
            return;
        }
        try {
            AnnualRun.Outcome outcome = run ? annualRun.run(year, settings) : intakeRun.run(settings);
            if (outcome.success()) {
                log.info(outcome.message());
                if (!quiet) {
                    System.out.println(outcome.message());
                }
            } else {
                fail(outcome.message());
            }
        } catch (InputFileException | MethodFileException e) {
            fail(e.getMessage());
        } catch (Exception e) {
            fail(DatabaseFailure.oneLine(e, database));
            log.debug("Failure detail", e);
        }
    }

    /** Standard error has the line; the log file too, below the console's threshold so as not to print it twice. */
    private void fail(String message) {
        exitCode = 1;
        log.info("failed: {}", message);
        System.err.println(Failures.PROGRAM + ": " + message);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
