package cn.overloadcontrol.sourceunit;

import java.io.Serializable;
import java.util.List;

/**
 * An uploaded file's rows, kept in the uploader's session between the preview and the commit.
 * The token in the preview's URL must match, so an old preview page cannot commit a newer upload.
 *
 * @param token    random id of this upload
 * @param userId   the uploader; requests of other users cannot load the draft
 * @param fileName the file name as uploaded, for the page and the audit log
 * @param rows     the data rows as typed
 */
// NOTE: a draft of 20,000 rows takes a few MB of session memory, and it lives only in this
// instance's session, so several instances need sticky sessions for the preview and the commit.
record UnitImportDraft(String token, long userId, String fileName, List<UnitImportRow> rows) implements Serializable {

    UnitImportDraft {
        rows = List.copyOf(rows);
    }
}
