-- The latest state of each camera and LED board a station reports in its heartbeat. A heartbeat
-- that carries the cameras (or boards) part replaces that station's rows of the kind.
create table station_device_state (
    station_id       bigint        not null references weigh_station (id),
    kind             varchar(8)    not null,
    device_id        varchar(64)   not null,
    position         varchar(8),
    type             varchar(16),
    vendor           varchar(16),
    protocol         varchar(32),
    address          varchar(256),
    state            varchar(8)    not null,
    reason           varchar(200),
    last_success_at  timestamptz,
    last_text        varchar(200),
    reported_at      timestamptz   not null,
    primary key (station_id, kind, device_id),
    constraint ck_station_device_state_kind check (kind in ('CAMERA', 'BOARD')),
    constraint ck_station_device_state_state check (state in ('ONLINE', 'OFFLINE', 'UNKNOWN'))
);

-- A station that stops cleanly says so in its last heartbeat, so it shows offline at once.
alter table station_heartbeat add column stopping boolean not null default false;

-- Camera counts per heartbeat, for the daily camera online rate; null when the part was absent.
alter table station_heartbeat_log add column cameras_total smallint;
alter table station_heartbeat_log add column cameras_online smallint;
