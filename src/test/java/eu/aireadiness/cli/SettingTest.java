package eu.aireadiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The settings' table takes its properties and defaults from the properties records, where Spring takes them. */
class SettingTest {

    @Test
    void propertiesAndDefaultsComeFromTheRecords() {
        assertThat(Setting.INPUT.property()).isEqualTo("readiness.input");
        assertThat(Setting.INPUT.recordDefault()).contains("input");
        assertThat(Setting.TEMPLATES.recordDefault()).contains("output-templates");
        assertThat(Setting.ARCHIVE.recordDefault()).contains("data/archive");
        assertThat(Setting.WATCH_PUBLISH_CRON.property()).isEqualTo("readiness.watch.publish-cron");
        assertThat(Setting.WATCH_PUBLISH_CRON.recordDefault()).contains("0 0 6 1 12 *");
        assertThat(Setting.WATCH_EDITION.recordDefault()).isEmpty();
        assertThat(Setting.DATABASE_TIMEOUT.property()).isEqualTo("readiness.database-timeout");
        assertThat(Setting.INTAKE_MAX_FILE_SIZE.property()).isEqualTo("readiness.intake.max-file-size");
        assertThat(Setting.INTAKE_MAX_FILE_SIZE.recordDefault()).contains("20MB");
        assertThat(Setting.INPUT.environmentVariable()).isEqualTo("READINESS_INPUT");
        assertThat(Setting.DATABASE.recordDefault()).as("set in application.properties instead").isEmpty();
    }

    @Test
    void theNearestWordIsATypingSlipAwayOrNone() {
        assertThat(Nearest.to("ouput", Setting.optionNames())).contains("output");
        assertThat(Nearest.to("tempaltes", Setting.optionNames())).contains("templates");
        assertThat(Nearest.to("colour", Setting.optionNames())).isEmpty();
        assertThat(Nearest.to("x", Setting.optionNames())).isEmpty();
        assertThat(Nearest.to("intke", Verb.words())).contains("intake");
    }
}
