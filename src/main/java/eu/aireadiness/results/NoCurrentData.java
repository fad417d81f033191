package eu.aireadiness.results;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

import eu.aireadiness.submission.SubmissionRule;

/**
 * Why a ranked country has no current data for the edition (no accepted submission), so that its figures are the
 * previous edition's values carried forward. Publications print only the short translated text of the code
 * ({@code nocurrent.reason.<CODE>}), never the intake's message, file name, row or column. The rejection codes are
 * listed in the order the intake checks a file: a file that could not be read was never checked further.
 */
public enum NoCurrentData {
    /** Nothing was submitted for the edition. */
    NO_SUBMISSION,
    /** Rejected: the file could not be read (type, size, encoding, a damaged or unsafe workbook). */
    REJECTED_UNREADABLE,
    /** Rejected: the file is not laid out as the template (columns, data sheet, rows). */
    REJECTED_LAYOUT,
    /** Rejected: the file is for another country or edition, or an edition that takes no files. */
    REJECTED_IDENTIFICATION,
    /** Rejected: values failed validation (unknown codes, units, numbers out of range, missing values). */
    REJECTED_VALUES,
    /** Rejected, for a reason not on record (a file stored before its rules were recorded). */
    REJECTED;

    /** The reason of a rejected file: the earliest kind of check among the rules it broke. */
    public static NoCurrentData ofRejected(Collection<String> errorRules) {
        return errorRules.stream().map(NoCurrentData::ofRule).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(REJECTED);
    }

    /** The kind of check a rule belongs to; null for a code that is no rule (any longer). */
    private static NoCurrentData ofRule(String code) {
        SubmissionRule rule;
        try {
            rule = SubmissionRule.valueOf(code);
        } catch (IllegalArgumentException notARule) {
            return null;
        }
        return switch (rule) {
            case UNSUPPORTED_FILE_TYPE, LINK_OUT_OF_FOLDER, NOT_A_REGULAR_FILE, FILE_TOO_LARGE, LINE_TOO_LONG,
                 TOO_MANY_COLUMNS, TOO_MANY_ROWS, ZIP_BOMB, UNSAFE_XML, UNREADABLE_FILE, FILE_CHANGED_WHILE_READ,
                 FILE_VANISHED, EMPTY_FILE, INVALID_ENCODING, NOT_A_CSV, MALFORMED_CSV, LEGACY_EXCEL,
                 ENCRYPTED_WORKBOOK, MACRO_ENABLED_WORKBOOK, NOT_A_WORKBOOK, UNSUPPORTED_ENCODING -> REJECTED_UNREADABLE;
            case NO_DATA_SHEET, DUPLICATE_COLUMN, UNNAMED_COLUMN, ROWS_RUN_TOGETHER, MISSING_COLUMN, UNKNOWN_COLUMN,
                 NO_ROWS, SDMX_HEADER -> REJECTED_LAYOUT;
            case FILE_NAME_REORDERED, UNKNOWN_COUNTRY, WRONG_COUNTRY_FOLDER, INVALID_PERIOD, MIXED_PERIODS,
                 UNKNOWN_EDITION, EDITION_PUBLISHED, FILE_NAME_YEAR, EDITION_REVISION, EDITION_INITIAL_LOAD,
                 WRONG_DATAFLOW, DELETE_NOT_IN_REVISION ->
                    REJECTED_IDENTIFICATION;
            case FORMULA_CELL, PERCENT_FORMAT, DATE_CELL, BOOLEAN_CELL, ERROR_CELL, UNKNOWN_INDICATOR,
                 DUPLICATE_INDICATOR, NOT_A_NUMBER, WRONG_UNIT, UNKNOWN_STATUS, MISSING_WITH_VALUE, VALUE_MISSING,
                 OUT_OF_RANGE, NO_REFERENCE_DATA, NOT_SUBMITTED, LARGE_CHANGE, DECIMAL_COMMA, NUMBER_OVERFLOW,
                 NUMBER_UNDERFLOW, TEXT_TOO_LONG, UNKNOWN_ACTION, OBSERVATION_DELETED -> REJECTED_VALUES;
        };
    }
}
