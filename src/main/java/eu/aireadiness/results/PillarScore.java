package eu.aireadiness.results;

import java.util.OptionalDouble;

/** A country's score (0-100) and rank on a pillar, with the previous edition's score when there was one. */
public record PillarScore(String code, double score, int rank, OptionalDouble previousScore) {
}
