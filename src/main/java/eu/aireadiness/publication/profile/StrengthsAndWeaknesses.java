package eu.aireadiness.publication.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A country's strengths and weaknesses, measured against its own profile rather than against other countries: the
 * own mean is the unweighted mean of the country's indicator scores (0-100) that exist, missing ones left out. A
 * strength is an indicator scored above that mean, a weakness one scored below it; the {@code count} furthest
 * above (highest score first) and the {@code count} furthest below (lowest first) are kept, ties in codebook order.
 * An indicator scored exactly at the mean is neither, so the two lists never share an indicator.
 *
 * @param mean       the own mean, empty when the country has no score at all
 * @param scored     how many indicator scores the mean is taken over
 * @param strengths  up to {@code count} indicators above the mean, highest score first
 * @param weaknesses up to {@code count} indicators below the mean, lowest score first
 */
record StrengthsAndWeaknesses(OptionalDouble mean, int scored, List<Highlight> strengths, List<Highlight> weaknesses) {

    /** The three of each printed in a country profile. */
    static final int COUNT = 3;

    /** An indicator's score and its difference from the country's own mean, in score points. */
    record Highlight(String code, double score, double difference) {
    }

    StrengthsAndWeaknesses {
        strengths = List.copyOf(strengths);
        weaknesses = List.copyOf(weaknesses);
    }

    /**
     * @param scores the country's indicator scores by code, in codebook order (the order that breaks ties); an
     *               empty score is a missing value
     */
    static StrengthsAndWeaknesses of(Map<String, OptionalDouble> scores, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more, found " + count);
        }
        List<Highlight> present = new ArrayList<>();
        double sum = 0;
        for (Map.Entry<String, OptionalDouble> entry : scores.entrySet()) {
            if (entry.getValue().isPresent()) {
                sum += entry.getValue().getAsDouble();
                present.add(new Highlight(entry.getKey(), entry.getValue().getAsDouble(), 0));
            }
        }
        if (present.isEmpty()) {
            return new StrengthsAndWeaknesses(OptionalDouble.empty(), 0, List.of(), List.of());
        }
        double mean = sum / present.size();
        List<Highlight> relative = present.stream()
                .map(h -> new Highlight(h.code(), h.score(), h.score() - mean)).toList();
        // List.sort is stable: equal scores keep the codebook order they came in.
        List<Highlight> strengths = relative.stream().filter(h -> h.difference() > 0)
                .sorted(Comparator.comparingDouble(Highlight::score).reversed()).limit(count).toList();
        List<Highlight> weaknesses = relative.stream().filter(h -> h.difference() < 0)
                .sorted(Comparator.comparingDouble(Highlight::score)).limit(count).toList();
        return new StrengthsAndWeaknesses(OptionalDouble.of(mean), present.size(), strengths, weaknesses);
    }
}
