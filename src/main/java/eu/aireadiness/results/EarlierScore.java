package eu.aireadiness.results;

/**
 * A country's index or pillar score in an edition before the previous one, as that edition published it (computed
 * with its own method and framework). The profiles' trend line draws these before the previous edition, which the
 * current one recomputes with its own method.
 *
 * @param code the index's or a pillar's code
 */
public record EarlierScore(int edition, String country, String code, double score) {
}
