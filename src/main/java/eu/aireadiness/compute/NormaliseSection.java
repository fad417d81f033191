package eu.aireadiness.compute;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import eu.aireadiness.methodology.engine.InvalidMethodException;
import eu.aireadiness.methodology.engine.NormaliseSpec;

/** Reads the {@code normalise} section of a method file. */
final class NormaliseSection {

    private NormaliseSection() {
    }

    static NormaliseSpec parse(YamlSection s) {
        s.allowOnly(Set.of("method", "range", "mean", "sd", "goalposts"));
        String method = s.option("method", List.of("minmax", "zscore", "goalposts", "rank", "percentile_rank"),
                "minmax");
        double[] range = s.has("range") ? YamlSection.pair(s.child("range"), s.values().get("range"))
                : new double[] {0, 100};
        Map<String, NormaliseSpec.Goalposts> goalposts = new HashMap<>();
        YamlSection posts = s.section("goalposts");
        posts.values().forEach((code, value) -> {
            double[] pair = YamlSection.pair(posts.child(code), value);
            try {
                goalposts.put(String.valueOf(code), new NormaliseSpec.Goalposts(pair[0], pair[1]));
            } catch (IllegalArgumentException e) {
                throw new InvalidMethodException(posts.child(code), e.getMessage());
            }
        });
        return new NormaliseSpec(NormaliseSpec.Method.valueOf(method.toUpperCase(Locale.ROOT)), range[0], range[1],
                s.number("mean", 0), s.number("sd", 1), goalposts);
    }
}
