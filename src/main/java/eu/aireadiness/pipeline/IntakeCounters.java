package eu.aireadiness.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The count of files taken in, by country and outcome, for the service's metrics
 * ({@code readiness.intake.files{country, outcome}}). The commands that run once start no meter registry and count
 * nothing: their summary line says it.
 */
final class IntakeCounters {

    static final String NAME = "readiness.intake.files";

    private final MeterRegistry registry;

    /** @param registry the service's registry, or null where there is none */
    IntakeCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    void accepted(String country) {
        count(country, "accepted");
    }

    void rejected(String country) {
        count(country, "rejected");
    }

    private void count(String country, String outcome) {
        if (registry != null) {
            Counter.builder(NAME).description("Files taken in from the countries' folders, by outcome")
                    .tag("country", country).tag("outcome", outcome).register(registry).increment();
        }
    }
}
