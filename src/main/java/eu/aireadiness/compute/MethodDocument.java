package eu.aireadiness.compute;

import java.util.Optional;

import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.uncertainty.UncertaintySpec;

/** What a method file says: the method, and the uncertainty analysis of its assumptions when it has that section. */
public record MethodDocument(MethodSpec method, Optional<UncertaintySpec> uncertainty) {
}
