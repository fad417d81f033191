package eu.aireadiness.framework;

/** A pillar (level 2 of the framework): a theme whose score is the weighted mean of its indicators. */
public record Pillar(String code, String name, double weight, String definition) {

    public Pillar {
        Codes.requireCode(code);
        if (!(weight >= 0)) {
            throw new IllegalArgumentException("pillar " + code + ": weight must be 0 or more, found " + weight);
        }
    }
}
