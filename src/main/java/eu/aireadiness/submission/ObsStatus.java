package eu.aireadiness.submission;

/** SDMX observation status codes accepted in submissions (code list CL_OBS_STATUS, subset). */
public enum ObsStatus {
    /** Normal value. */
    A,
    /** Estimated value. */
    E,
    /** Provisional value. */
    P,
    /** Missing value: OBS_VALUE is empty. */
    M
}
