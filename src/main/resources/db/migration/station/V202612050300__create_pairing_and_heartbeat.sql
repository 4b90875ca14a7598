-- One-time pairing codes. An installer gets a code on the station's page and types it on the
-- station PC, which redeems it for an API credential. Only the SHA-256 of the code is stored:
-- the code has about 59 bits of randomness, so a fast hash is enough and a leaked table row
-- does not reveal a usable code.
create table station_pairing_code (
    id           bigserial    primary key,
    station_id   bigint       not null references weigh_station (id),
    -- The station's unit when the code was made; a code redeems only while the station is still there.
    unit_id      bigint       not null,
    code_hash    varchar(64)  not null,
    created_at   timestamptz  not null,
    created_by   varchar(64),
    expires_at   timestamptz  not null,
    -- Set once when the code is redeemed or replaced by a newer code; a code with either set is dead.
    used_at      timestamptz,
    used_from    varchar(64),
    issued_key_id varchar(32),
    replaced_at  timestamptz,
    version      bigint       not null default 0,
    constraint uk_station_pairing_code_hash unique (code_hash)
);

create index ix_station_pairing_code_station on station_pairing_code (station_id);

-- The latest heartbeat of each station: what its devices and journal looked like then.
create table station_heartbeat (
    station_id        bigint        primary key references weigh_station (id),
    received_at       timestamptz   not null,
    sent_at           timestamptz,
    key_id            varchar(32)   not null,
    indicator_device  varchar(128),
    indicator_state   varchar(16),
    indicator_reason  varchar(256),
    last_frame_at     timestamptz,
    readings          bigint,
    bad_frames        bigint,
    live_weight_kg    integer,
    cycle_state       varchar(32),
    backlog           integer,
    rejected          integer,
    agent_version     varchar(32)
);

-- A compact history of heartbeats for online-rate statistics: one small row each.
create table station_heartbeat_log (
    station_id       bigint       not null references weigh_station (id),
    received_at      timestamptz  not null,
    indicator_state  varchar(16),
    backlog          integer,
    primary key (station_id, received_at)
);
