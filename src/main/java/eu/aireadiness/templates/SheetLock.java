package eu.aireadiness.templates;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Protects a sheet without a password: the protection is a guide against overwriting the pre-filled cells by
 * mistake, not a security measure (the pipeline validates every cell anyway), and a password would have to be
 * handed to every officer who needs to add a column width or unprotect to copy-paste.
 */
final class SheetLock {

    private SheetLock() {
    }

    static void lock(XSSFSheet sheet) {
        sheet.enableLocking();
        // Officers may still widen columns and rows to read long sources and notes.
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }
}
