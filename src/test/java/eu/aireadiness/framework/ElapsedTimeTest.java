package eu.aireadiness.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The time a stage took, as every command's stage lines write it. */
class ElapsedTimeTest {

    @Test
    void timesReadAsAPersonWritesThem() {
        assertThat(ElapsedTime.of(400_000_000L)).isEqualTo("0.4 s");
        assertThat(ElapsedTime.of(12_340_000_000L)).isEqualTo("12.3 s");
        assertThat(ElapsedTime.of(125_000_000_000L)).isEqualTo("2 min 5 s");
    }
}
