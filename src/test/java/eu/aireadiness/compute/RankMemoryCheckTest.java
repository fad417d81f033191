package eu.aireadiness.compute;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RankMemoryCheckTest {

    private static final long TWO_GB = 2L << 30;

    @Test
    void ranksThatFitTheHeapPass() {
        // 100,000 units x 200 replications x 4 bytes = 80 MB
        assertThatCode(() -> AnalysisFiles.checkRankMemory(100_000, 200, TWO_GB)).doesNotThrowAnyException();
    }

    @Test
    void ranksBeyondTheHeapAreRefusedWithWhatToChange() {
        // 1,000,000 units x 1,000 replications x 4 bytes = 4 x 10^9 bytes, 3,814 MB, above 2,048 MB
        assertThatThrownBy(() -> AnalysisFiles.checkRankMemory(1_000_000, 1_000, TWO_GB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("uncertainty.replications: 1000 replications of 1000000 units keep 3814 MB")
                .hasMessageContaining("2048 MB")
                .hasMessageContaining("lower uncertainty.replications");
    }
}
