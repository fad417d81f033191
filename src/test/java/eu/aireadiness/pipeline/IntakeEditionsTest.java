package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.framework.EditionState;
import eu.aireadiness.validation.EditionAdmissions.Admission;

/**
 * Which editions an intake lets files into: a published edition only while it holds no data (its initial load on a
 * new installation), and an intake that resumes keeps the initial load it had started.
 */
class IntakeEditionsTest {

    private static EditionInfo edition(int year, EditionState state) {
        return new EditionInfo(year, "Index " + year, LocalDate.of(year, 12, 1), "official", "", state);
    }

    private static final List<EditionInfo> SAMPLE = List.of(edition(2025, EditionState.PUBLISHED),
            edition(2026, EditionState.OPEN));

    @Test
    void aPublishedEditionWithoutDataIsLoadedAndOneWithDataIsClosed() {
        assertThat(IntakeEditions.decide(SAMPLE, Set.of(), new ExecutionContext()).byEdition())
                .containsEntry(2025, Admission.INITIAL_LOAD).containsEntry(2026, Admission.OPEN);
        assertThat(IntakeEditions.decide(SAMPLE, Set.of(2025), new ExecutionContext()).byEdition())
                .containsEntry(2025, Admission.CLOSED).containsEntry(2026, Admission.OPEN);
        assertThat(IntakeEditions.decide(List.of(edition(2025, EditionState.REVISION)), Set.of(2025),
                new ExecutionContext()).byEdition()).containsEntry(2025, Admission.REVISION);
    }

    @Test
    void anIntakeThatResumesFinishesTheInitialLoadItStarted() {
        ExecutionContext step = new ExecutionContext();
        assertThat(IntakeEditions.decide(SAMPLE, Set.of(), step).of(2025)).contains(Admission.INITIAL_LOAD);

        // Some 2025 files were stored before the process stopped; the resumed step has the same context.
        assertThat(IntakeEditions.decide(SAMPLE, Set.of(2025), step).of(2025)).contains(Admission.INITIAL_LOAD);
        assertThat(IntakeEditions.decide(SAMPLE, Set.of(2025), new ExecutionContext()).of(2025))
                .contains(Admission.CLOSED);
    }

    @Test
    void aRevisionIsListedByTheFirstLaterEditionThatIsOpen() {
        List<EditionInfo> editions = List.of(edition(2024, EditionState.REVISION), edition(2025, EditionState.PUBLISHED),
                edition(2026, EditionState.OPEN), edition(2027, EditionState.OPEN));
        assertThat(IntakeEditions.listingRevisionsOf(2024, editions)).isEqualTo(2026);
        assertThat(IntakeEditions.listingRevisionsOf(2027, editions)).isZero();
    }
}
