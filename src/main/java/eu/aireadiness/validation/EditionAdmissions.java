package eu.aireadiness.validation;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import eu.aireadiness.framework.DataflowId;

/**
 * Which editions a file may be for, decided before an intake starts from the states in {@code editions.csv} and
 * what the database already holds; validation takes it as data.
 *
 * @param byEdition every edition listed in {@code editions.csv}, with how a file for it is received
 * @param dataflows the SDMX dataflow of each edition that names one, which its SDMX-CSV submissions must name
 */
public record EditionAdmissions(SortedMap<Integer, Admission> byEdition, Map<Integer, DataflowId> dataflows) {

    /** How a file for an edition is received. */
    public enum Admission {
        /** The edition is open: files are taken in as usual. */
        OPEN,
        /** A published edition opened for corrections: an accepted file is a revision, listed as such. */
        REVISION,
        /**
         * A published edition that holds no data in this database: its files are loaded as a new installation's
         * copy of what was published, and flagged as such.
         */
        INITIAL_LOAD,
        /** A published edition: files for it are refused. */
        CLOSED;

        public boolean accepts() {
            return this != CLOSED;
        }
    }

    public EditionAdmissions {
        byEdition = new TreeMap<>(byEdition);
        dataflows = Map.copyOf(dataflows);
    }

    /** The dataflow an SDMX-CSV file for the edition must name; empty when the edition names none. */
    public Optional<DataflowId> dataflow(int edition) {
        return Optional.ofNullable(dataflows.get(edition));
    }

    /** How a file for the edition is received; empty for a year that is not an edition. */
    public Optional<Admission> of(int edition) {
        return Optional.ofNullable(byEdition.get(edition));
    }

    /**
     * The editions that take files, in order, as a person reads them: "2026" or "2025, 2026"; "none" when none does.
     */
    public String openEditions() {
        String open = byEdition.entrySet().stream().filter(e -> e.getValue().accepts())
                .map(e -> e.getKey().toString()).collect(Collectors.joining(", "));
        return open.isEmpty() ? "none" : open;
    }

    /** Every edition with how it takes files, as "2025 initial load, 2026 open" (for the log). */
    public String describe() {
        return byEdition.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    /** The editions listed, as "2025, 2026". */
    public String listed() {
        return byEdition.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public static EditionAdmissions of(Map<Integer, Admission> byEdition) {
        return new EditionAdmissions(new TreeMap<>(byEdition), Map.of());
    }

    public static EditionAdmissions of(Map<Integer, Admission> byEdition, Map<Integer, DataflowId> dataflows) {
        return new EditionAdmissions(new TreeMap<>(byEdition), dataflows);
    }
}
