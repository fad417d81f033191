package eu.aireadiness.publication.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import eu.aireadiness.results.CountryResult;

/**
 * The map's classes of index scores: quantiles, so that each class holds about as many countries as the others
 * and the colours spread over the whole scale whatever the spread of the scores. The i-th lowest of n countries
 * (from 0) falls in class floor(i * k / n) of k; countries with equal scores share the class of the first of them,
 * so a class is never split inside a tie. A class is printed with the lowest and highest score it holds.
 */
final class ScoreClasses {

    /** One class: its level (0 = lowest scores, lightest colour) and the scores and countries it holds. */
    record ScoreClass(int level, double low, double high, List<String> countries) {
        ScoreClass {
            countries = List.copyOf(countries);
        }
    }

    private final List<ScoreClass> classes;
    private final Map<String, Integer> levels;

    private ScoreClasses(List<ScoreClass> classes, Map<String, Integer> levels) {
        this.classes = List.copyOf(classes);
        this.levels = levels;
    }

    /** Up to {@code count} quantile classes of the ranking's index scores; fewer when there are fewer countries. */
    static ScoreClasses quantiles(List<CountryResult> ranking, int count) {
        List<CountryResult> ascending = ranking.stream()
                .sorted(Comparator.comparingDouble(CountryResult::indexScore)
                        .thenComparing(result -> result.country().code()))
                .toList();
        Map<String, Integer> levels = new LinkedHashMap<>();
        List<ScoreClass> classes = new ArrayList<>();
        int n = ascending.size();
        int level = -1;
        List<String> members = new ArrayList<>();
        double low = 0;
        double high = 0;
        for (int i = 0; i < n; i++) {
            CountryResult result = ascending.get(i);
            boolean tie = i > 0 && result.indexScore() == ascending.get(i - 1).indexScore();
            int next = tie ? level : (int) ((long) i * count / n);
            if (next != level) {
                if (!members.isEmpty()) {
                    classes.add(new ScoreClass(level, low, high, members));
                }
                members = new ArrayList<>();
                level = next;
                low = result.indexScore();
            }
            members.add(result.country().code());
            high = result.indexScore();
            levels.put(result.country().code(), level);
        }
        if (!members.isEmpty()) {
            classes.add(new ScoreClass(level, low, high, members));
        }
        return new ScoreClasses(classes, levels);
    }

    /** The classes that hold countries, lowest scores first. */
    List<ScoreClass> classes() {
        return classes;
    }

    /** The level of a country of the ranking; empty for a country outside it (a neighbour on the map). */
    Optional<Integer> levelOf(String country) {
        return Optional.ofNullable(levels.get(country));
    }
}
