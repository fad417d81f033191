package eu.aireadiness.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import eu.aireadiness.framework.DataflowId;
import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.framework.EditionState;
import eu.aireadiness.validation.EditionAdmissions;
import eu.aireadiness.validation.EditionAdmissions.Admission;

/**
 * Decides, when an intake starts, which editions take files: the open ones, those opened for revision, and a
 * published edition that holds no accepted data in this database (a new installation loading what was published:
 * its initial load). Once a published edition holds data it is closed to files, so that a file meant for another
 * edition can never change it. The initial loads decided are kept in the step's execution context, so that an intake
 * that was interrupted and resumes finishes the load it started instead of closing the edition half-way.
 */
final class IntakeEditions {

    static final String INITIAL_LOADS = "intake.initialLoads";

    private IntakeEditions() {
    }

    static EditionAdmissions decide(List<EditionInfo> editions, Set<Integer> holdingData, ExecutionContext step) {
        if (!step.containsKey(INITIAL_LOADS)) {
            step.putString(INITIAL_LOADS, editions.stream()
                    .filter(e -> !e.state().takesSubmissions() && !holdingData.contains(e.edition()))
                    .map(e -> Integer.toString(e.edition())).collect(Collectors.joining(",")));
        }
        Set<Integer> initialLoads = Arrays.stream(step.getString(INITIAL_LOADS).split(","))
                .filter(s -> !s.isEmpty()).map(Integer::valueOf).collect(Collectors.toSet());
        Map<Integer, Admission> admissions = new TreeMap<>();
        for (EditionInfo edition : editions) {
            admissions.put(edition.edition(), switch (edition.state()) {
                case OPEN -> Admission.OPEN;
                case REVISION -> Admission.REVISION;
                case PUBLISHED -> initialLoads.contains(edition.edition()) ? Admission.INITIAL_LOAD : Admission.CLOSED;
            });
        }
        Map<Integer, DataflowId> dataflows = new TreeMap<>();
        editions.forEach(e -> e.dataflow().ifPresent(d -> dataflows.put(e.edition(), d)));
        return EditionAdmissions.of(admissions, dataflows);
    }

    /** The edition whose publication lists a revision of {@code revised}: the first later one open; 0 when none is. */
    static int listingRevisionsOf(int revised, List<EditionInfo> editions) {
        return editions.stream().filter(e -> e.edition() > revised && e.state() == EditionState.OPEN)
                .mapToInt(EditionInfo::edition).min().orElse(0);
    }
}
