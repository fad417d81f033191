package eu.aireadiness.methodology.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.IndicatorTable;

/** Screening of units (and indicators) by data availability and by zeros. */
class ScreenTest {

    private static final double NA = Double.NaN;

    // U1: no gap, one zero; U2: one gap; U3: two gaps, two zeros; U4: three zeros
    private static final IndicatorTable TABLE = new IndicatorTable(List.of("U1", "U2", "U3", "U4"),
            List.of("I1", "I2", "I3", "I4", "I5"), new double[][] {
                    {1, 2, 0, 4, 5}, {1, NA, 3, 4, 5}, {0, NA, 0, NA, 5}, {0, 0, 0, 4, 5}});

    @Test
    void reportsMissingValuesZerosAndTheShares() {
        Screen.Result result = Screen.apply(TABLE, new ScreenSpec(0.8, ScreenSpec.By.NA, 0, 0));
        Screen.UnitScreening u1 = result.units().get(0);
        assertThat(u1.missing()).isZero();
        assertThat(u1.zeros()).isEqualTo(1);
        assertThat(u1.availability()).isEqualTo(1.0);
        assertThat(u1.nonZero()).isCloseTo(0.8, within(1e-15));        // 4 of 5 present values
        Screen.UnitScreening u3 = result.units().get(2);
        assertThat(u3.missing()).isEqualTo(2);
        assertThat(u3.availability()).isCloseTo(0.6, within(1e-15));   // 3 of 5
        assertThat(u3.nonZero()).isCloseTo(1.0 / 3, within(1e-15));    // 1 of its 3 present values
    }

    @Test
    void byAvailabilityKeepsUnitsAtOrAboveTheThreshold() {
        Screen.Result result = Screen.apply(TABLE, new ScreenSpec(0.8, ScreenSpec.By.NA, 0, 0));
        // U2 has 4 of 5 values: exactly 0.8, kept; U3 has 0.6, dropped
        assertThat(result.table().units()).containsExactly("U1", "U2", "U4");
        assertThat(result.units().stream().map(Screen.UnitScreening::included)).containsExactly(true, true, false,
                true);
        assertThat(result.table().get("U4", "I4")).isEqualTo(4.0);
    }

    @Test
    void byZerosAndByBoth() {
        // non-zero shares: U1 0.8, U2 1, U3 1/3, U4 2/5
        assertThat(Screen.apply(TABLE, new ScreenSpec(0.8, ScreenSpec.By.ZERO, 0.5, 0)).table().units())
                .containsExactly("U1", "U2");
        assertThat(Screen.apply(TABLE, new ScreenSpec(0.9, ScreenSpec.By.BOTH, 0.5, 0)).table().units())
                .containsExactly("U1");
    }

    @Test
    void indicatorsCanBeScreenedOverTheKeptUnits() {
        // kept units U1, U2, U4; I2 is missing for U2: availability 2/3 < 0.9, dropped
        Screen.Result result = Screen.apply(TABLE, new ScreenSpec(0.8, ScreenSpec.By.NA, 0, 0.9));
        assertThat(result.table().codes()).containsExactly("I1", "I3", "I4", "I5");
        assertThat(result.indicators().get(1).availability()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(result.indicators().get(1).included()).isFalse();
    }

    @Test
    void keepingEverythingReturnsTheSameTable() {
        assertThat(Screen.apply(TABLE, ScreenSpec.keepAll()).table()).isSameAs(TABLE);
    }
}
