package eu.aireadiness.sample;

/** How an officer's tool saves the long table. */
enum OfficerToolFormat {
    /** CSV with ',' between fields and a decimal point, as English-locale tools and scripts write it. */
    COMMA_CSV,
    /** CSV with ';' between fields and a decimal comma ("12,5"), as Excel and Calc save it in most European locales. */
    SEMICOLON_CSV,
    /** An Excel workbook with one sheet named "Data". */
    XLSX
}
