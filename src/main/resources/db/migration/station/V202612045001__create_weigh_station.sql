-- Weigh stations (磅房) of source units, their lanes (车道) and the API credentials that
-- station software and vendor weighbridge software sign their requests with.
create table weigh_station (
    id          bigserial    primary key,
    unit_id     bigint       not null references source_unit (id),
    -- Printed on installation papers and sent to the upper platforms, so unique across the county.
    code        varchar(32)  not null,
    name        varchar(64)  not null,
    status      varchar(16)  not null check (status in ('BUILDING', 'ACTIVE', 'DISABLED')),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0,
    constraint uk_weigh_station_code unique (code),
    constraint uk_weigh_station_unit_name unique (unit_id, name)
);

create index ix_weigh_station_unit on weigh_station (unit_id);

create table station_lane (
    station_id  bigint       not null references weigh_station (id) on delete cascade,
    lane_no     integer      not null check (lane_no between 1 and 99),
    name        varchar(32)  not null,
    direction   varchar(8)   not null check (direction in ('OUTBOUND', 'INBOUND')),
    primary key (station_id, lane_no)
);

-- The secret is needed to verify an HMAC, so it is stored encrypted with the application key
-- (AES-GCM), never in plain text and never as a one-way hash.
create table station_credential (
    id                          bigserial     primary key,
    station_id                  bigint        not null references weigh_station (id),
    key_id                      varchar(32)   not null,
    secret_ciphertext           varchar(256)  not null,
    -- After a rotation the old secret stays valid until previous_valid_until (the grace period).
    previous_secret_ciphertext  varchar(256),
    previous_valid_until        timestamptz,
    status                      varchar(16)   not null check (status in ('ACTIVE', 'REVOKED')),
    issued_at                   timestamptz   not null,
    issued_by                   varchar(64),
    rotated_at                  timestamptz,
    revoked_at                  timestamptz,
    version                     bigint        not null default 0,
    constraint uk_station_credential_key_id unique (key_id)
);

create index ix_station_credential_station on station_credential (station_id);

-- Nonces of signed API requests, kept while a request with that timestamp could still be
-- accepted; the unique key makes a replay fail even when two copies arrive at once.
create table api_nonce (
    key_id      varchar(32)  not null,
    nonce       varchar(64)  not null,
    expires_at  timestamptz  not null,
    primary key (key_id, nonce)
);

create index ix_api_nonce_expires_at on api_nonce (expires_at);
