package eu.aireadiness.publication.opendata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.DataflowId;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.IndicatorResult;
import eu.aireadiness.results.PillarScore;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.RankInterval;
import eu.aireadiness.results.Results;
import eu.aireadiness.results.ValueOrigin;

/**
 * The edition's results as one statistical cube, written alike as SDMX-CSV and JSON-stat: dimensions
 * {@code REF_AREA} (the countries, by code), {@code INDICATOR} (the index, its pillars and their indicators, in
 * codebook order), {@code MEASURE} (score, rank and the rank interval's median and 5th and 95th percentiles) and
 * {@code TIME_PERIOD} (the edition); the observation {@code OBS_VALUE} at full precision with its flag
 * {@code OBS_STATUS} ({@link ObservationStatus}). The index has a rank interval only when the method has an
 * uncertainty analysis; pillars and indicators have a score and a rank. A missing indicator has its observation with
 * no value and the flag {@code m}; the index and pillar scores of a country without current data carry the flag of
 * held-over values, as they rest on them.
 *
 * <p>The cube has its own dataflow, {@code DF_AIRI_RESULTS}, under the agency of the edition's submission dataflow
 * ({@code editions.csv}, column {@code dataflow}; {@code AIRI} when none is named): its dimensions differ from the
 * submissions' (a measure dimension, computed scores and ranks rather than reported values), so SDMX wants it
 * described by a structure of its own rather than under the dataflow officers report to.
 */
public record ResultsCube(DataflowId dataflow, String timePeriod, List<Code> areas, List<Code> indicators,
                          List<Code> measures, List<Observation> observations) {

    public static final String DATAFLOW_ID = "DF_AIRI_RESULTS";
    public static final String STRUCTURE_VERSION = "1.0";
    static final String DEFAULT_AGENCY = "AIRI";

    /** A code of a dimension with its English name and, in the indicator dimension, the code it aggregates into. */
    public record Code(String id, String name, Optional<String> parent) {
    }

    /** One cell of the cube; {@code value} is empty only for a missing indicator, flagged {@code m}. */
    public record Observation(String area, String indicator, String measure, OptionalDouble value, String status) {
    }

    public enum Measure {
        SCORE("Score from 0 to 100"),
        RANK("Rank (1 is best)"),
        RANK_MEDIAN("Median rank in the uncertainty analysis"),
        RANK_P05("5th percentile of the rank in the uncertainty analysis"),
        RANK_P95("95th percentile of the rank in the uncertainty analysis");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ResultsCube {
        areas = List.copyOf(areas);
        indicators = List.copyOf(indicators);
        measures = List.copyOf(measures);
        observations = List.copyOf(observations);
    }

    public static ResultsCube of(PublishedEdition edition) {
        String agency = edition.info().dataflow().map(DataflowId::agency).orElse(DEFAULT_AGENCY);
        DataflowId dataflow = new DataflowId(agency, DATAFLOW_ID, STRUCTURE_VERSION);
        Codebook codebook = edition.codebook();
        List<CountryResult> countries = edition.ranking().stream()
                .sorted(Comparator.comparing(r -> r.country().code())).toList();
        List<Code> areas = countries.stream()
                .map(r -> new Code(r.country().code(), r.country().englishName(), Optional.empty())).toList();
        List<Code> indicators = new ArrayList<>();
        indicators.add(new Code(codebook.indexCode(), codebook.indexName(), Optional.empty()));
        for (Pillar pillar : codebook.pillars()) {
            indicators.add(new Code(pillar.code(), pillar.name(), Optional.of(codebook.indexCode())));
        }
        for (Indicator indicator : codebook.indicators()) {
            indicators.add(new Code(indicator.code(), indicator.name(), Optional.of(indicator.pillar())));
        }
        List<Code> measures = List.of(Measure.values()).stream()
                .map(m -> new Code(m.name(), m.label(), Optional.empty())).toList();
        List<Observation> observations = new ArrayList<>();
        for (CountryResult result : countries) {
            String area = result.country().code();
            String aggregate = edition.hasCurrentData(area) ? "" : ObservationStatus.codeOf(ValueOrigin.CARRIED_FORWARD);
            String index = codebook.indexCode();
            observations.add(observation(area, index, Measure.SCORE, result.indexScore(), aggregate));
            observations.add(observation(area, index, Measure.RANK, result.rank(), aggregate));
            if (result.rankInterval().isPresent()) {
                RankInterval interval = result.rankInterval().get();
                observations.add(observation(area, index, Measure.RANK_MEDIAN, interval.median(), aggregate));
                observations.add(observation(area, index, Measure.RANK_P05, interval.low(), aggregate));
                observations.add(observation(area, index, Measure.RANK_P95, interval.high(), aggregate));
            }
            for (Pillar pillar : codebook.pillars()) {
                PillarScore score = Results.pillar(result, pillar.code());
                observations.add(observation(area, pillar.code(), Measure.SCORE, score.score(), aggregate));
                observations.add(observation(area, pillar.code(), Measure.RANK, score.rank(), aggregate));
            }
            for (Indicator indicator : codebook.indicators()) {
                IndicatorResult value = Results.indicator(result, indicator.code());
                String status = ObservationStatus.codeOf(value.origin());
                OptionalDouble rank = value.rank().isPresent()
                        ? OptionalDouble.of(value.rank().getAsInt()) : OptionalDouble.empty();
                observations.add(new Observation(area, indicator.code(), Measure.SCORE.name(), value.score(), status));
                observations.add(new Observation(area, indicator.code(), Measure.RANK.name(), rank, status));
            }
        }
        return new ResultsCube(dataflow, Integer.toString(edition.edition()), areas, indicators, measures,
                observations);
    }

    private static Observation observation(String area, String code, Measure measure, double value, String status) {
        return new Observation(area, code, measure.name(), OptionalDouble.of(value), status);
    }

    /** The structure's identifier, {@code DSD_AIRI_RESULTS} for the dataflow {@code DF_AIRI_RESULTS}. */
    public String structureId() {
        return "DSD_" + DATAFLOW_ID.substring("DF_".length());
    }
}
