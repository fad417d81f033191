package eu.aireadiness.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version, commit and build date of the jar, from the files the build puts in it: Spring Boot's
 * {@code META-INF/build-info.properties} and {@code git.properties}, which the build writes from {@code git describe}.
 * What the build could not know (a build from sources without their git history) is "unknown".
 */
record BuildVersion(String version, String commit, String built) {

    static final String UNKNOWN = "unknown";
    private static final String DIRTY = "-dirty";

    static BuildVersion ofJar() {
        Properties build = resource("/META-INF/build-info.properties");
        Properties git = resource("/git.properties");
        String commit = git.getProperty("git.commit", UNKNOWN).strip();
        if (commit.endsWith(DIRTY)) {
            commit = commit.substring(0, commit.length() - DIRTY.length()) + " with uncommitted changes";
        }
        return new BuildVersion(build.getProperty("build.version", UNKNOWN), commit,
                build.getProperty("build.time", UNKNOWN));
    }

    /** For example "readiness-index 0.1.0 (commit 0cb2251, built 2026-12-03T21:07:40Z)". */
    String line() {
        return Failures.PROGRAM + " " + version + " (commit " + commit + ", built " + built + ")";
    }

    private static Properties resource(String name) {
        Properties properties = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream(name)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
