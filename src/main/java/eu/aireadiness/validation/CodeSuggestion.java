package eu.aireadiness.validation;

import java.util.List;
import java.util.Locale;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.EditDistance;
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
        int best = all.stream().mapToInt(i -> EditDistance.between(code, i.code())).min().orElse(Integer.MAX_VALUE);
        if (code.isEmpty() || best > MAX_DISTANCE || best >= code.length()) {
            return codes;
        }
        List<Indicator> closest = all.stream().filter(i -> EditDistance.between(code, i.code()) == best).toList();
        if (closest.size() == 1) {
            return "Did you mean " + closest.get(0).code() + " (" + closest.get(0).name() + ")?";
        }
        return "Did you mean one of " + String.join(", ", closest.stream().map(Indicator::code).toList()) + "?";
    }
}
