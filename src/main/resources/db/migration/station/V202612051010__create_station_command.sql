-- Commands the platform queues for a station (camera snapshot, LED test). The platform cannot
-- reach a station behind NAT, so the station polls: a command is handed out once (QUEUED to
-- SENT), answered once (SENT to ANSWERED), and expires when no poll picks it up in time.
create table station_command (
    id            bigserial     primary key,
    station_id    bigint        not null references weigh_station (id),
    kind          varchar(24)   not null,
    device_id     varchar(64)   not null,
    text          varchar(200),
    status        varchar(12)   not null,
    created_at    timestamptz   not null,
    created_by    varchar(64)   not null,
    sent_at       timestamptz,
    answered_at   timestamptz,
    done          boolean,
    message       varchar(200),
    image_sha256  char(64),
    constraint ck_station_command_kind check (kind in ('CAMERA_SNAPSHOT', 'LED_TEST')),
    constraint ck_station_command_status check (status in ('QUEUED', 'SENT', 'ANSWERED', 'EXPIRED'))
);

create index ix_station_command_queued on station_command (station_id, id) where status = 'QUEUED';
