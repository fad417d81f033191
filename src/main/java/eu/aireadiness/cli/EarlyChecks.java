package eu.aireadiness.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import eu.aireadiness.compute.MethodFile;
import eu.aireadiness.compute.MethodFileException;
import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.framework.EditionState;
import eu.aireadiness.framework.EditionsReader;
import eu.aireadiness.framework.InputFileException;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.pipeline.AnnualRun;

/**
 * What can be checked before Spring and the database start, so that a command that cannot succeed is refused in a
 * fraction of a second and touches nothing: the folders it reads exist and can be read, the folders it writes can be
 * written or made, the edition is listed in editions.csv (and open, for a run), the input folder's files and the
 * method file can be read. Each refusal is one {@link CommandFailure} that names the path and what to do.
 */
final class EarlyChecks {

    private EarlyChecks() {
    }

    static void readableFolder(String what, Path folder, Setting setting) {
        if (!Files.isDirectory(folder)) {
            throw new CommandFailure("the " + what + " " + absolute(folder) + (Files.exists(folder)
                    ? " is not a folder" : " does not exist") + "; give an existing folder with " + how(setting));
        }
        if (!Files.isReadable(folder) || !Files.isExecutable(folder)) {
            throw new CommandFailure("the " + what + " " + absolute(folder) + " cannot be read; make it readable"
                    + " by this user or give another with " + how(setting));
        }
    }

    static void readableFile(String what, Path file, Setting setting) {
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure("the " + what + " " + absolute(file) + (Files.exists(file)
                    ? " is not a file" : " does not exist") + "; give an existing file with " + how(setting));
        }
        if (!Files.isReadable(file)) {
            throw new CommandFailure("the " + what + " " + absolute(file) + " cannot be read; make it readable by"
                    + " this user or give another with " + how(setting));
        }
    }

    /**
     * A folder the command writes into: it exists and takes a new file, or can be made, which is tried in its nearest
     * existing parent. The test writes a file and deletes it at once, which the permission bits alone do not tell
     * (a read-only file system, a system folder, root's rights).
     */
    static void writableFolder(String what, Path folder, Setting setting) {
        Path existing = absolute(folder);
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new CommandFailure("the " + what + " " + absolute(folder) + " cannot be made: " + existing
                    + " is not a folder; give another with " + how(setting));
        }
        try {
            Files.delete(Files.createTempFile(existing, ".readiness-write-check-", ""));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw new CommandFailure("the " + what + " " + absolute(folder) + " cannot be written: "
                    + (existing.equals(absolute(folder)) ? "" : "its parent ") + existing + " does not take new files ("
                    + e.getClass().getSimpleName() + "); make it writable or give another with " + how(setting));
        }
    }

    /** The edition's row of editions.csv; a year that has none is refused with the row to add. */
    static EditionInfo listedEdition(Path input, int year) {
        InputFolder folder = new InputFolder(input);
        List<EditionInfo> editions = read(() -> EditionsReader.read(folder.editionsFile()));
        return editions.stream().filter(e -> e.edition() == year).findFirst().orElseThrow(() -> new CommandFailure(
                "edition " + year + " is not listed in " + absolute(folder.editionsFile()) + "; add a row for it"
                        + " (edition,title,publication_date,data_status,data_notice,state) or run a listed edition"));
    }

    /** A run makes the publication of an open edition only: a published one is final. */
    static void openEdition(Path input, int year, Path output) {
        EditionInfo edition = listedEdition(input, year);
        if (edition.state() != EditionState.OPEN) {
            throw new CommandFailure(AnnualRun.refusedEdition(edition, absolute(new InputFolder(input).editionsFile()),
                    absolute(output.resolve(String.valueOf(year)))));
        }
    }

    /** The codebook, countries, editions, reference data and method file of the input folder can all be read. */
    static void readableInputs(Path input, boolean withMethod) {
        InputFolder folder = new InputFolder(absolute(input));
        read(() -> {
            folder.load();
            if (withMethod) {
                MethodFile.read(folder.methodFile());
            }
            return null;
        });
    }

    /** Every country given is one of the input folder's countries.csv, by its code. */
    static void listedCountries(Path input, java.util.Collection<String> countries) {
        Path file = new InputFolder(absolute(input)).countriesFile();
        java.util.Set<String> known = read(() -> eu.aireadiness.framework.CountriesReader.read(file).stream()
                .map(eu.aireadiness.framework.Country::code).collect(java.util.stream.Collectors.toCollection(
                        java.util.TreeSet::new)));
        countries.stream().filter(c -> !known.contains(c)).findFirst().ifPresent(c -> {
            throw new CommandFailure("country '" + c + "' is not in " + file + ": give one of "
                    + String.join(" ", known));
        });
    }

    /** The archive of received files must lie outside the input folder, or the intake would take its own copies. */
    static void archiveOutsideInput(Path archive, Path input) {
        if (absolute(archive).startsWith(absolute(input))) {
            throw new CommandFailure(AnnualRun.archiveInsideInput(absolute(archive), absolute(input)));
        }
    }

    /** A port number a server can listen on: 0 (any free port) to 65535. */
    static int port(String text) {
        int port;
        try {
            port = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65_535) {
            throw new CommandFailure("the port " + quoted(text) + " is not a port number; give one from 1 to 65535"
                    + " (0: any free port) with --port");
        }
        return port;
    }

    /**
     * The address to listen on: an IP address, or a name that resolves (which may ask the name service, as the web
     * server would a moment later). Whether it is one of this machine's is told by {@link #freePort}.
     */
    static InetAddress listeningAddress(String text) {
        InetAddress address;
        try {
            address = InetAddress.getByName(text.strip());
        } catch (UnknownHostException e) {
            throw new CommandFailure("the address " + quoted(text) + " is neither an IP address nor a name that"
                    + " resolves; give one such as 127.0.0.1 (this machine only, the default) or 0.0.0.0 (every"
                    + " interface) with --address");
        }
        return address;
    }

    /** The port can be listened on now: not taken by another server (such as a second instance on one machine). */
    static void freePort(InetAddress address, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new CommandFailure("the port " + port + " on " + (address == null ? "every interface"
                    : address.getHostAddress()) + " cannot be listened on (" + e.getMessage() + "): the address is not"
                    + " one of this machine's, another program listens on the port, or a port below 1024 needs rights;"
                    + " give another with --address or --port");
        }
    }

    private static String quoted(String text) {
        return "'" + text + "'";
    }

    private static <T> T read(java.util.function.Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InputFileException | MethodFileException | UncheckedIOException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private static String how(Setting setting) {
        return setting.option().map(o -> "--" + o).orElse(setting.property());
    }

    static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
