package cn.overloadcontrol.sourceunit;

/** A commit found problems when it checked the rows again; nothing was stored. */
class UnitImportRejectedException extends Exception {

    private final transient UnitImportPreview preview;

    UnitImportRejectedException(UnitImportPreview preview) {
        super(preview.problemRowCount() + " of " + preview.rowCount() + " rows have problems");
        this.preview = preview;
    }

    UnitImportPreview preview() {
        return preview;
    }
}
