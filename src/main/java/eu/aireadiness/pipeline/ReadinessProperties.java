package eu.aireadiness.pipeline;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the pipeline reads and writes; every setting is also a command-line option (see {@code --help}).
 *
 * @param input     the input folder: configuration files and one drop folder per country
 * @param output    the folder publications are written to, one sub-folder per edition
 * @param templates texts, layout and branding of the publications
 * @param archive   where a read-only copy of every received file is kept, one sub-folder per country; outside
 *                  the input folder, so that the intake never takes its own copies for submissions
 */
@ConfigurationProperties("readiness")
public record ReadinessProperties(@DefaultValue("input") Path input, @DefaultValue("output") Path output,
                                  @DefaultValue("output-templates") Path templates,
                                  @DefaultValue("data/archive") Path archive) {
}
