package eu.aireadiness.compute;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import eu.aireadiness.methodology.engine.InvalidMethodException;

/**
 * One mapping of the method file with its dotted key ({@code treat}, {@code normalise.goalposts}), and typed
 * readers that refuse a wrong key or value by naming the key and what is allowed.
 */
record YamlSection(String key, Map<?, ?> values) {

    static YamlSection of(String key, Object node) {
        if (node == null) {
            return new YamlSection(key, Map.of());
        }
        if (!(node instanceof Map<?, ?> map)) {
            throw new InvalidMethodException(key, "expected a mapping of keys to values, found '" + node + "'");
        }
        return new YamlSection(key, map);
    }

    void allowOnly(Set<String> allowed) {
        for (Object k : values.keySet()) {
            if (!allowed.contains(String.valueOf(k))) {
                throw new InvalidMethodException(child(k), "unknown key; allowed: " + String.join(", ",
                        allowed.stream().sorted().toList()));
            }
        }
    }

    String child(Object name) {
        return key + "." + name;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    YamlSection section(String name) {
        return of(child(name), values.get(name));
    }

    /** The value of an option, among {@code allowed} (case-insensitive), or the default when the key is absent. */
    String option(String name, List<String> allowed, String fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        return option(child(name), value, allowed);
    }

    static String option(String key, Object value, List<String> allowed) {
        String text = String.valueOf(value).strip();
        for (String option : allowed) {
            if (option.equalsIgnoreCase(text)) {
                return option.toLowerCase(Locale.ROOT);
            }
        }
        throw new InvalidMethodException(key, "unknown option '" + text + "'; allowed: " + String.join(", ", allowed));
    }

    double number(String name, double fallback) {
        Object value = values.get(name);
        return value == null ? fallback : number(child(name), value);
    }

    /** A number; also one YAML leaves as text, such as {@code 1e6} (YAML 1.1 floats need a decimal point). */
    static double number(String key, Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String text) {
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new InvalidMethodException(key, "expected a number, found '" + value + "'");
    }

    int wholeNumber(String name, int fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Integer i) {
            return i;
        }
        throw new InvalidMethodException(child(name), "expected a whole number, found '" + value + "'");
    }

    /** A pair of numbers written as {@code [low, high]}. */
    static double[] pair(String key, Object value) {
        if (value instanceof List<?> list && list.size() == 2) {
            return new double[] {number(key, list.get(0)), number(key, list.get(1))};
        }
        throw new InvalidMethodException(key, "expected two numbers as [low, high], found '" + value + "'");
    }
}
