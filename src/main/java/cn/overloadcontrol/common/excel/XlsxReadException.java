package cn.overloadcontrol.common.excel;

/**
 * An uploaded workbook could not be read safely. The reason is a stable code; screens show the
 * text of {@code "excel.read." + reason} with {@link #args()}.
 */
public class XlsxReadException extends Exception {

    /** Reason a file was rejected. */
    public enum Reason {
        /** The file has no bytes. */
        EMPTY_FILE,
        /** The file is larger than the configured maximum; argument: the maximum in MB. */
        FILE_TOO_LARGE,
        /** An Excel 97-2003 workbook (.xls). */
        OLD_XLS,
        /** A workbook protected with an opening password (stored as an encrypted OLE2 container). */
        ENCRYPTED,
        /** Not a workbook at all: text, PDF, an image, another zip file. */
        NOT_XLSX,
        /** A zip archive or workbook that is damaged or lacks the workbook parts. */
        CORRUPT,
        /** The workbook has no worksheet. */
        NO_SHEET,
        /** More non-blank rows than the configured maximum; argument: the maximum. */
        TOO_MANY_ROWS,
        /** A part expands far beyond its compressed size or past the size limit: a zip bomb. */
        ZIP_BOMB
    }

    private final Reason reason;
    private final transient Object[] args;

    public XlsxReadException(Reason reason, String message, Throwable cause, Object... args) {
        super(message, cause);
        this.reason = reason;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    public Object[] args() {
        return args.clone();
    }

    public String messageKey() {
        return "excel.read." + reason.name();
    }
}
