package eu.aireadiness.results;

/** Where an indicator value of the published data set comes from: the flags shown next to values. */
public enum ValueOrigin {
    /** Reported by the officer as a normal value (OBS_STATUS A). */
    REPORTED,
    /** Reported as an estimate (OBS_STATUS E). */
    ESTIMATED,
    /** Reported as provisional (OBS_STATUS P). */
    PROVISIONAL,
    /** Not available for this edition: the previous edition's accepted value is used. */
    CARRIED_FORWARD,
    /** Not available at all: left out of its pillar's mean, whose weights are rescaled. */
    MISSING
}
