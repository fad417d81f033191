package eu.aireadiness.validation;

import java.util.List;
import java.util.Locale;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Indicator;

/** Tells an officer which indicator code was probably meant. */
final class CodeSuggestion {

    private static final int MAX_DISTANCE = 2;

    private CodeSuggestion() {
    }

    static String forUnknownIndicator(Codebook codebook, String found) {
        String code = found.strip().toUpperCase(Locale.ROOT);
        List<Indicator> all = codebook.indicators();
        String codes = "Use the indicator codes of the submission template (" + all.get(0).code() + " to "
                + all.get(all.size() - 1).code() + ").";
        if (code.equals(codebook.indexCode())) {
            return code + " is the index itself, which is computed, not submitted. " + codes;
        }
        if (codebook.pillar(code).isPresent()) {
            List<String> ofPillar = codebook.indicatorsOf(code).stream().map(Indicator::code).toList();
            return code + " is a pillar, whose score is computed; submit its indicators "
                    + String.join(", ", ofPillar) + " instead, one row each.";
        }
        int best = all.stream().mapToInt(i -> distance(code, i.code())).min().orElse(Integer.MAX_VALUE);
        if (code.isEmpty() || best > MAX_DISTANCE || best >= code.length()) {
            return codes;
        }
        List<Indicator> closest = all.stream().filter(i -> distance(code, i.code()) == best).toList();
        if (closest.size() == 1) {
            return "Did you mean " + closest.get(0).code() + " (" + closest.get(0).name() + ")?";
        }
        return "Did you mean one of " + String.join(", ", closest.stream().map(Indicator::code).toList()) + "?";
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions or substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
