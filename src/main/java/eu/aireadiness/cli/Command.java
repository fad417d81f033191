package eu.aireadiness.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import eu.aireadiness.compute.ComputeCommand;
import eu.aireadiness.compute.ComputeProgress;
import eu.aireadiness.portal.account.AccountRules;
import eu.aireadiness.portal.account.Accounts;
import eu.aireadiness.portal.account.Role;
import eu.aireadiness.templates.OfficerTemplates;

/**
 * A command line once parsed: one record per command with its own options. Each checks, before anything starts,
 * what it can without the database ({@link #checkBeforeStart}), then does its work ({@link #execute}); failures are
 * thrown and said in one line by {@link Failures}.
 */
public sealed interface Command {

    /** Refuses, with a {@link CommandFailure}, what would fail later for a reason known now. */
    default void checkBeforeStart() {
    }

    /** Does the work and returns the exit status; the results go to {@code terminal.out()}. */
    int execute(Terminal terminal);

    /** The command's word, for the one line of a failure. */
    Verb verb();

    record Run(int year, Folders folders, SpringStart spring) implements Command {

        @Override
        public void checkBeforeStart() {
            folders.input().ifPresent(input -> {
                EarlyChecks.readableFolder("input folder", input, Setting.INPUT);
                EarlyChecks.openEdition(input, year, folders.output().orElse(Path.of("output")));
                folders.archive().ifPresent(archive -> EarlyChecks.archiveOutsideInput(archive, input));
            });
            folders.templates().ifPresent(t -> EarlyChecks.readableFolder("templates folder", t, Setting.TEMPLATES));
            folders.output().ifPresent(o -> EarlyChecks.writableFolder("output folder", o, Setting.OUTPUT));
            folders.input().ifPresent(input -> EarlyChecks.readableInputs(input, true));
        }

        @Override
        public int execute(Terminal terminal) {
            return SpringLaunch.start(spring, terminal);
        }

        @Override
        public Verb verb() {
            return Verb.RUN;
        }
    }

    record Intake(Folders folders, SpringStart spring) implements Command {

        @Override
        public void checkBeforeStart() {
            folders.input().ifPresent(input -> {
                EarlyChecks.readableFolder("input folder", input, Setting.INPUT);
                folders.archive().ifPresent(archive -> EarlyChecks.archiveOutsideInput(archive, input));
                EarlyChecks.readableInputs(input, false);
            });
        }

        @Override
        public int execute(Terminal terminal) {
            return SpringLaunch.start(spring, terminal);
        }

        @Override
        public Verb verb() {
            return Verb.INTAKE;
        }
    }

    record Watch(Folders folders, SpringStart spring) implements Command {

        @Override
        public void checkBeforeStart() {
            folders.input().ifPresent(input -> {
                EarlyChecks.readableFolder("input folder", input, Setting.INPUT);
                folders.archive().ifPresent(archive -> EarlyChecks.archiveOutsideInput(archive, input));
            });
            folders.templates().ifPresent(t -> EarlyChecks.readableFolder("templates folder", t, Setting.TEMPLATES));
            folders.output().ifPresent(o -> EarlyChecks.writableFolder("output folder", o, Setting.OUTPUT));
        }

        @Override
        public int execute(Terminal terminal) {
            return SpringLaunch.watch(spring, terminal);
        }

        @Override
        public Verb verb() {
            return Verb.WATCH;
        }
    }

    /**
     * The service: the portal on a web server, with the watcher and the schedule of {@link Watch} in the process that
     * leads. The folders are checked as for {@code watch}; the address and port, when known before Spring starts,
     * are checked to be ones the web server can listen on, so that a typing error or a port already taken is one line
     * and not a failure of the web server's start.
     *
     * @param address the address the portal listens on, as configured (server.address)
     * @param port    the port, as configured (server.port)
     */
    record Serve(Folders folders, Optional<String> address, Optional<String> port, SpringStart spring)
            implements Command {

        @Override
        public void checkBeforeStart() {
            new Watch(folders, spring).checkBeforeStart();
            java.net.InetAddress listening = address.map(EarlyChecks::listeningAddress).orElse(null);
            port.ifPresent(p -> EarlyChecks.freePort(listening, EarlyChecks.port(p)));
        }

        @Override
        public int execute(Terminal terminal) {
            return SpringLaunch.watch(spring, terminal);
        }

        @Override
        public Verb verb() {
            return Verb.SERVE;
        }
    }

    record Compute(Path meta, Path data, Path method, Path out, boolean quiet) implements Command {

        @Override
        public void checkBeforeStart() {
            EarlyChecks.readableFile("index structure (--meta)", meta, Setting.META);
            EarlyChecks.readableFile("data file (--data)", data, Setting.DATA);
            EarlyChecks.readableFile("method file (--method)", method, Setting.METHOD);
            EarlyChecks.writableFolder("folder of the stages (--out)", out, Setting.OUT);
        }

        @Override
        public int execute(Terminal terminal) {
            ComputeCommand.Outcome outcome;
            try (ComputeProgress progress = quiet ? ComputeProgress.silent()
                    : ComputeProgress.printingTo(terminal.out(), ComputeProgress.EVERY)) {
                outcome = ComputeCommand.run(meta, data, method, out, progress);
            }
            if (!quiet) {
                outcome.warnings().forEach(w -> terminal.out().println("warning: " + w));
                terminal.out().println(outcome.summary());
            }
            return 0;
        }

        @Override
        public Verb verb() {
            return Verb.COMPUTE;
        }
    }

    record Templates(int year, Folders folders, boolean quiet) implements Command {

        @Override
        public void checkBeforeStart() {
            folders.input().ifPresent(input -> {
                EarlyChecks.readableFolder("input folder", input, Setting.INPUT);
                EarlyChecks.listedEdition(input, year);
            });
            folders.templates().ifPresent(t -> EarlyChecks.readableFolder("templates folder", t, Setting.TEMPLATES));
            folders.output().ifPresent(o -> EarlyChecks.writableFolder("output folder", o, Setting.OUTPUT));
        }

        @Override
        public int execute(Terminal terminal) {
            OfficerTemplates.Outcome outcome = OfficerTemplates.write(folders.input().orElseThrow(),
                    folders.templates().orElseThrow(), folders.output().orElseThrow(), year);
            if (!quiet) {
                terminal.out().println(outcome.files().size() + " templates and " + outcome.csvFiles().size()
                        + " CSV templates written to "
                        + outcome.folder().toAbsolutePath().normalize());
            }
            return 0;
        }

        @Override
        public Verb verb() {
            return Verb.TEMPLATES;
        }
    }

    record SampleInput(Path input, boolean quiet) implements Command {

        @Override
        public void checkBeforeStart() {
            EarlyChecks.writableFolder("input folder", input, Setting.INPUT);
        }

        @Override
        public int execute(Terminal terminal) {
            eu.aireadiness.sample.SampleInput.generate(input);
            if (!quiet) {
                terminal.out().println("Sample input written to " + input.toAbsolutePath().normalize());
            }
            return 0;
        }

        @Override
        public Verb verb() {
            return Verb.SAMPLE_INPUT;
        }
    }

    /**
     * The portal's accounts. Whatever can be refused without the database is refused before Spring starts: the
     * name, the role and its countries (against the input folder's countries.csv, when the folder is known before
     * Spring binds it; else once it has), and the password, which is read before the database is opened.
     */
    record Users(UserAction action, Optional<String> name, Optional<Role> role, List<String> countries,
                 Folders folders, SpringStart spring, boolean quiet) implements Command {

        @Override
        public void checkBeforeStart() {
            name.flatMap(AccountRules::nameProblem).ifPresent(problem -> {
                throw new CommandFailure(problem);
            });
            role.flatMap(r -> Accounts.roleProblem(r, countries)).ifPresent(problem -> {
                throw new CommandFailure(problem);
            });
            folders.input().ifPresent(input -> EarlyChecks.listedCountries(input, countries));
        }

        @Override
        public int execute(Terminal terminal) {
            char[] password = action.readsPassword() ? PasswordInput.read(terminal, name.orElseThrow()) : new char[0];
            try {
                return SpringLaunch.within(spring, terminal,
                        context -> UsersWork.run(this, password, context, terminal.out()));
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        @Override
        public Verb verb() {
            return Verb.USERS;
        }
    }

    /** The help of one sub-command of {@code users}. */
    record UsersHelp(UserAction action) implements Command {

        @Override
        public int execute(Terminal terminal) {
            terminal.out().print(HelpText.of(action));
            return 0;
        }

        @Override
        public Verb verb() {
            return Verb.HELP;
        }
    }

    /** The help of all commands, or of one. */
    record Help(Optional<Verb> about) implements Command {

        @Override
        public int execute(Terminal terminal) {
            terminal.out().print(about.map(HelpText::of).orElseGet(HelpText::general));
            return 0;
        }

        @Override
        public Verb verb() {
            return Verb.HELP;
        }
    }

    record Version() implements Command {

        @Override
        public int execute(Terminal terminal) {
            terminal.out().println(BuildVersion.ofJar().line());
            return 0;
        }

        @Override
        public Verb verb() {
            return Verb.VERSION;
        }
    }
}
