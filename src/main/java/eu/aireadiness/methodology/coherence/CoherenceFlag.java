package eu.aireadiness.methodology.coherence;

import java.util.Objects;

/**
 * A warning of the kind the JRC statistical audit raises about an aggregate's children.
 *
 * @param code       the child flagged (for a pair, the first of the two in column order)
 * @param pairedWith the other child of a {@link Kind#NEGATIVE_PAIR}; empty for the other kinds
 * @param parent     the aggregate both belong to
 * @param value      the Pearson correlation that raised the flag
 */
public record CoherenceFlag(String code, String pairedWith, String parent, Kind kind, double value) {

    public enum Kind {
        /** The child moves against its aggregate: its direction or its place in the tree may be wrong. */
        NEGATIVE,
        /** The child barely moves with its aggregate (0 ≤ r < the weak threshold): it adds little to it. */
        WEAK,
        /** Two children of the same aggregate move against each other, so they partly cancel out (trade-off). */
        NEGATIVE_PAIR
    }

    public CoherenceFlag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pairedWith, "pairedWith");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.NEGATIVE_PAIR) == pairedWith.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " flag on " + code + " must "
                    + (kind == Kind.NEGATIVE_PAIR ? "" : "not ") + "name a paired child, found '" + pairedWith + "'");
        }
    }
}
