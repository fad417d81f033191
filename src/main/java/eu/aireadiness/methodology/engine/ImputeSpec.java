package eu.aireadiness.methodology.engine;

import java.util.Locale;

/**
 * How missing indicator values are filled.
 *
 * @param group the units' group column for {@link Method#GROUP_MEAN} and {@link Method#GROUP_MEDIAN}; empty otherwise
 */
public record ImputeSpec(Method method, String group) {

    /** The imputation methods; each fills a missing cell from the same indicator's other values. */
    public enum Method {
        /** leave missing values missing */
        NONE,
        /** the mean of the indicator's present values */
        MEAN,
        /** the median of the indicator's present values */
        MEDIAN,
        /** the mean of the present values of the unit's group */
        GROUP_MEAN,
        /** the median of the present values of the unit's group */
        GROUP_MEDIAN,
        /** the same unit's value in the previous edition */
        CARRY_FORWARD;

        public boolean byGroup() {
            return this == GROUP_MEAN || this == GROUP_MEDIAN;
        }
    }

    public ImputeSpec {
        group = group == null ? "" : group;
        if (method.byGroup() && group.isEmpty()) {
            throw new InvalidMethodException("impute.group", "method " + method.name().toLowerCase(Locale.ROOT)
                    + " needs the name of a group column of the units");
        }
        if (!method.byGroup() && !group.isEmpty()) {
            throw new InvalidMethodException("impute.group", "a group is used only by group_mean and group_median,"
                    + " not by " + method.name().toLowerCase(Locale.ROOT));
        }
    }

    public static ImputeSpec none() {
        return new ImputeSpec(Method.NONE, "");
    }
}
