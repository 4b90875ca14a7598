package cn.overloadcontrol.upstream.send;

import java.util.List;

import cn.overloadcontrol.upstream.UploadItem;
import cn.overloadcontrol.upstream.outbox.ClaimedTask;
import org.springframework.stereotype.Component;

/** Reads the unit or station list that a UNIT or STATION task pushes, at send time. */
@Component
class RegistryPayloads {

    UploadItem.Registry registry(ClaimedTask task) {
        // NOTE: list pushes are queued by the registry sync; until it exists no such task is written.
        return new UploadItem.Registry(task.idempotencyKey(), task.kind().name(), List.of());
    }
}
