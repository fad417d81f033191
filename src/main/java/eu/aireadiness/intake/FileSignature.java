package eu.aireadiness.intake;

/** What the first bytes of a file say it is, whatever its name claims. */
enum FileSignature {
    /** A ZIP container: an Office Open XML file such as .xlsx, .xlsm or .docx. */
    ZIP,
    /** An OLE2 compound document: a legacy .xls or an encrypted Office file. */
    OLE2,
    OTHER;

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};

    static FileSignature of(byte[] head) {
        if (startsWith(head, ZIP_MAGIC)) {
            return ZIP;
        }
        return startsWith(head, OLE2_MAGIC) ? OLE2 : OTHER;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
