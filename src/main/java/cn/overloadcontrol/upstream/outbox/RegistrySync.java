package cn.overloadcontrol.upstream.outbox;

import cn.overloadcontrol.sourceunit.PublicUnitListChanged;
import cn.overloadcontrol.station.StationListChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues a push of the unit or station list when it changes, in the transaction of the change.
 * The upper platforms need to know a unit before its records, so a record task waits for an
 * older pending list push of its target (see {@link TaskStore#claim}).
 */
@Component
class RegistrySync {

    private final UploadOutbox outbox;

    RegistrySync(UploadOutbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void onUnitListChanged(PublicUnitListChanged event) {
        outbox.enqueueRegistry(TaskKind.UNIT);
    }

    @EventListener
    void onStationListChanged(StationListChanged event) {
        outbox.enqueueRegistry(TaskKind.STATION);
    }
}
