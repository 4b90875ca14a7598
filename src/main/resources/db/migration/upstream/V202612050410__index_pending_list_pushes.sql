-- The claim looks up the oldest pending unit or station push of a target before taking records;
-- this small index keeps that lookup constant however long the record backlog is.
create index ix_upstream_task_registry_pending on upstream_task (target_id, id)
    where status = 'PENDING' and kind in ('UNIT', 'STATION');
