package eu.aireadiness.submission;

/** An error rejects the whole file; a warning is reported back to the officer and the file is still accepted. */
public enum Severity {
    ERROR,
    WARNING
}
