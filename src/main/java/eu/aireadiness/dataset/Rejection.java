package eu.aireadiness.dataset;

/** The latest rejected file of a country for an edition, with why it was rejected. */
public record Rejection(String country, String fileName, String reason) {
}
