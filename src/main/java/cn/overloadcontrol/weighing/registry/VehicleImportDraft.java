package cn.overloadcontrol.weighing.registry;

import java.io.Serializable;
import java.util.List;

import cn.overloadcontrol.weighing.VehicleRegistration;

/**
 * An uploaded registry file kept in the uploader's session between the preview and the commit.
 * The token in the preview's URL must match, so an old preview cannot commit a newer upload.
 */
record VehicleImportDraft(String token, long userId, String fileName, List<VehicleImportLine> lines)
        implements Serializable {

    VehicleImportDraft {
        lines = List.copyOf(lines);
    }

    public long problemRowCount() {
        return lines.stream().filter(line -> !line.ok()).count();
    }

    public boolean importable() {
        return !lines.isEmpty() && problemRowCount() == 0;
    }

    List<VehicleRegistration> registrations() {
        return lines.stream().map(VehicleImportLine::registration).toList();
    }
}
