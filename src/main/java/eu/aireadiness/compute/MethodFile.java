package eu.aireadiness.compute;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import eu.aireadiness.framework.InputFileException;
import eu.aireadiness.methodology.engine.AggregateSpec;
import eu.aireadiness.methodology.engine.DenominateSpec;
import eu.aireadiness.methodology.engine.ImputeSpec;
import eu.aireadiness.methodology.engine.InvalidMethodException;
import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.engine.RankSpec;
import eu.aireadiness.methodology.engine.NormaliseSpec;
import eu.aireadiness.methodology.engine.ScreenSpec;
import eu.aireadiness.methodology.engine.TreatSpec;

/**
 * Reads a method file (YAML, see "Method file" in README.md) into a {@link MethodSpec}, and its optional
 * {@code uncertainty} section into an {@code UncertaintySpec} ({@link UncertaintySection}). A section left out skips
 * its step (normalise and aggregate fall back to min-max [0, 100] and arithmetic means). Every mistake is refused
 * before any computation, naming the file, the key and what is allowed.
 */
public final class MethodFile {

    static final Set<String> SECTIONS = Set.of("denominate", "impute", "screen", "treat", "normalise", "aggregate",
            "rank", "weights", "uncertainty");

    private MethodFile() {
    }

    public static MethodSpec read(Path file) {
        return readDocument(file).method();
    }

    /** The method and, when the file has an {@code uncertainty} section, the analysis of its assumptions. */
    public static MethodDocument readDocument(Path file) {
        Object document;
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            document = new Yaml(new SafeConstructor(options)).load(reader);
        } catch (IOException e) {
            throw new InputFileException(file, "cannot be read: " + e.getMessage(), e);
        } catch (YAMLException e) {
            throw new InputFileException(file, 0, "not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
        try {
            MethodSpec method = parse(document);
            Map<?, ?> root = YamlSection.of("(top)", document).values();
            return new MethodDocument(method, root.containsKey("uncertainty")
                    ? Optional.of(UncertaintySection.parse(YamlSection.of("uncertainty", root.get("uncertainty"))))
                    : Optional.empty());
        } catch (InvalidMethodException e) {
            throw refusal(file, e);
        }
    }

    /** The one-line message for a refused method file: {@code method-A.yml, key 'x.y': problem}. */
    public static MethodFileException refusal(Path file, InvalidMethodException e) {
        return new MethodFileException(file + ", " + e.getMessage());
    }

    static MethodSpec parse(Object document) {
        YamlSection root = YamlSection.of("(top)", document);
        for (Object k : root.values().keySet()) {
            if (!SECTIONS.contains(String.valueOf(k))) {
                throw new InvalidMethodException(String.valueOf(k), "unknown key; allowed: " + String.join(", ",
                        SECTIONS.stream().sorted().toList()));
            }
        }
        return new MethodSpec(
                root.has("denominate") ? denominate(YamlSection.of("denominate", root.values().get("denominate")))
                        : new DenominateSpec(DenominateSpec.Method.NONE, Map.of()),
                root.has("impute") ? impute(YamlSection.of("impute", root.values().get("impute"))) : ImputeSpec.none(),
                root.has("screen") ? screen(YamlSection.of("screen", root.values().get("screen")))
                        : ScreenSpec.keepAll(),
                root.has("treat") ? treat(YamlSection.of("treat", root.values().get("treat"))) : TreatSpec.none(),
                NormaliseSection.parse(YamlSection.of("normalise", root.values().get("normalise"))),
                aggregate(YamlSection.of("aggregate", root.values().get("aggregate"))),
                root.has("rank") ? rank(YamlSection.of("rank", root.values().get("rank"))) : RankSpec.exact(),
                numbersByCode(YamlSection.of("weights", root.values().get("weights"))));
    }

    private static DenominateSpec denominate(YamlSection s) {
        s.allowOnly(Set.of("method", "scale"));
        String method = s.option("method", List.of("by_meta", "none"), "by_meta");
        return new DenominateSpec(method.equals("none") ? DenominateSpec.Method.NONE : DenominateSpec.Method.BY_META,
                numbersByCode(s.section("scale")));
    }

    private static ImputeSpec impute(YamlSection s) {
        s.allowOnly(Set.of("method", "group"));
        String method = s.option("method", List.of("none", "mean", "median", "group_mean", "group_median",
                "carry_forward"), "none");
        Object group = s.values().get("group");
        return new ImputeSpec(ImputeSpec.Method.valueOf(method.toUpperCase(Locale.ROOT)),
                group == null ? "" : String.valueOf(group));
    }

    private static ScreenSpec screen(YamlSection s) {
        s.allowOnly(Set.of("unit_threshold", "by", "nonzero_threshold", "indicator_threshold"));
        String by = s.option("by", List.of("NA", "zero", "both"), "na");
        return new ScreenSpec(s.number("unit_threshold", 0), ScreenSpec.By.valueOf(by.toUpperCase(Locale.ROOT)),
                s.number("nonzero_threshold", 0.05), s.number("indicator_threshold", 0));
    }

    private static TreatSpec treat(YamlSection s) {
        s.allowOnly(Set.of("method", "winmax", "skew", "kurt", "fallback"));
        String method = s.option("method", List.of("winsorise", "none"), "winsorise");
        String fallback = s.option("fallback", List.of("log", "none"), "log");
        return new TreatSpec(method.equals("none") ? TreatSpec.Method.NONE : TreatSpec.Method.WINSORISE,
                s.wholeNumber("winmax", 5), s.number("skew", 2.0), s.number("kurt", 3.5), fallback.equals("log"));
    }

    private static RankSpec rank(YamlSection s) {
        s.allowOnly(Set.of("tie_tolerance"));
        return new RankSpec(s.number("tie_tolerance", 0));
    }

    private static AggregateSpec aggregate(YamlSection s) {
        s.allowOnly(Set.of("method"));
        Object method = s.values().get("method");
        List<String> means = List.of("arithmetic", "geometric", "harmonic");
        Map<Integer, AggregateSpec.Mean> byLevel = new HashMap<>();
        if (method instanceof Map<?, ?> levels) {
            for (Map.Entry<?, ?> e : levels.entrySet()) {
                String key = "aggregate.method." + e.getKey();
                if (!(e.getKey() instanceof Integer level)) {
                    throw new InvalidMethodException(key, "expected a level number (2, 3, ...) as the key");
                }
                byLevel.put(level, mean(YamlSection.option(key, e.getValue(), means)));
            }
        } else if (method != null) {
            return new AggregateSpec(mean(YamlSection.option("aggregate.method", method, means)), Map.of());
        }
        return new AggregateSpec(AggregateSpec.Mean.ARITHMETIC, byLevel);
    }

    private static AggregateSpec.Mean mean(String option) {
        return AggregateSpec.Mean.valueOf(option.toUpperCase(Locale.ROOT));
    }

    static Map<String, Double> numbersByCode(YamlSection s) {
        Map<String, Double> out = new HashMap<>();
        s.values().forEach((code, value) -> out.put(String.valueOf(code), YamlSection.number(s.child(code), value)));
        return out;
    }
}
