package eu.aireadiness.cli;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import eu.aireadiness.database.DatabaseFailure;
import eu.aireadiness.database.DatabaseStartCheck;
import eu.aireadiness.portal.account.AccountRefusal;

/** Starts Spring for the commands that need the database, once every check that needs none has passed. */
final class SpringLaunch {

    private SpringLaunch() {
    }

    /** Runs a command to its end; its exit status is that of {@link CommandRunner}. */
    static int start(SpringStart spring, Terminal terminal) {
        return started(spring, terminal, application -> SpringApplication.exit(application.run(spring.arguments())));
    }

    /**
     * Starts Spring and returns only once its context is closed, which Spring's shutdown hook does on Ctrl+C or a
     * termination signal, and the watcher itself when it cannot go on (its database file is gone): the poller and
     * the schedule run on the context's scheduler until then. The exit status is that of the beans that say why
     * the watcher stopped.
     */
    static int watch(SpringStart spring, Terminal terminal) {
        return started(spring, terminal, application -> {
            CountDownLatch closed = new CountDownLatch(1);
            AtomicInteger exitCode = new AtomicInteger();
            application.addListeners((ApplicationListener<ContextClosedEvent>) event -> {
                exitCode.set(event.getApplicationContext().getBeansOfType(ExitCodeGenerator.class).values().stream()
                        .mapToInt(ExitCodeGenerator::getExitCode).filter(code -> code != 0).findFirst().orElse(0));
                closed.countDown();
            });
            ConfigurableApplicationContext context = application.run(spring.arguments());
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                context.close();
            }
            return exitCode.get();
        });
    }

    /**
     * Starts Spring, hands its context to the command's work and closes it: for {@code users}, whose password must
     * not travel as a Spring property. The work's own one-line refusals pass through as they are.
     */
    static int within(SpringStart spring, Terminal terminal, ToIntFunction<ConfigurableApplicationContext> work) {
        return started(spring, terminal, application -> {
            try (ConfigurableApplicationContext context = application.run(spring.arguments())) {
                return work.applyAsInt(context);
            }
        });
    }

    /**
     * A failure to start (the database in use, damaged, unreachable, ...) is one line naming the cause and what to
     * do; --debug adds the stack trace.
     */
    private static int started(SpringStart spring, Terminal terminal,
                               ToIntFunction<SpringApplication> running) {
        DatabaseStartCheck database = new DatabaseStartCheck();
        SpringApplication application = new SpringApplication(terminal.application());
        application.addListeners(database);
        StartProgress progress = StartProgress.on(terminal.out(), spring.quiet());
        application.addListeners(event -> {
            if (event instanceof ApplicationStartedEvent || event instanceof ApplicationFailedEvent) {
                progress.close();
            }
        });
        try (progress) {
            return running.applyAsInt(application);
        } catch (CommandFailure e) {
            throw e;
        } catch (RuntimeException e) {
            if (spring.debug()) {
                e.printStackTrace();
            }
            Optional<AccountRefusal> refusal = AccountRefusalCause.in(e);
            if (refusal.isPresent()) {
                throw new CommandFailure(refusal.get().getMessage());
            }
            boolean known = DatabaseFailure.explain(e, database.location()).isPresent();
            throw new CommandFailure(DatabaseFailure.oneLine(e, database.location())
                    + (known || spring.debug() ? "" : " (run again with --debug for the details)"));
        }
    }
}
