package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import eu.aireadiness.intake.SubmissionLimits;

/** The limits on submitted files are settings: unset, they are the limits made for officers' files. */
class IntakePropertiesTest {

    private static SubmissionLimits bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("readiness.intake", IntakeProperties.class).limits();
    }

    @Test
    void unsetTheyAreTheLimitsForOfficersFiles() {
        assertThat(bound(Map.of())).isEqualTo(SubmissionLimits.DEFAULT)
                .isEqualTo(new SubmissionLimits(20L * 1024 * 1024, 64 * 1024, 100, 10_000, 4L * 1024 * 1024));
    }

    @Test
    void eachCanBeRaisedAsAPropertyWithItsUnit() {
        SubmissionLimits raised = bound(Map.of("readiness.intake.max-file-size", "100MB",
                "readiness.intake.max-line-length", "1KB", "readiness.intake.max-columns", "12",
                "readiness.intake.max-rows", "1000000", "readiness.intake.max-workbook-unpacked", "8MB"));

        assertThat(raised).isEqualTo(new SubmissionLimits(100L * 1024 * 1024, 1024, 12, 1_000_000, 8L * 1024 * 1024));
    }
}
