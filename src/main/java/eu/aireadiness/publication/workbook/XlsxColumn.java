package eu.aireadiness.publication.workbook;

/** A column of a workbook table: its header and its width in characters. */
record XlsxColumn(String header, int width) {
}
