-- Weighing records (称重记录). Append-only and without bound, so the table is partitioned by
-- month of weighed_at. The application creates the monthly partitions ahead of time; the
-- default partition takes any record outside them, so no record is ever refused for its date.
create sequence weighing_record_id_seq;

create table weighing_record (
    id                           bigint        not null,
    weighed_at                   timestamptz   not null,
    station_id                   bigint        not null,
    -- Unit and area at the time of the weighing, for scoped review queries.
    unit_id                      bigint        not null,
    area_id                      bigint        not null,
    record_number                varchar(64)   not null,
    lane_no                      integer,
    direction                    varchar(8)    not null,
    plate_number                 varchar(32)   not null,
    plate_number_raw             varchar(32),
    plate_color                  varchar(24)   not null,
    plate_color_raw              varchar(8),
    plate_color_code_set         varchar(24),
    plate_type                   varchar(2),
    trailer_plate_number         varchar(32),
    rear_plate_number            varchar(32),
    axle_count                   integer,
    axle_count_source            varchar(16),
    vehicle_type                 varchar(16),
    single_drive_axle            boolean       not null,
    single_tyre_groups           integer       not null,
    air_suspension               boolean       not null,
    semitrailer_axle_spacing_mm  integer,
    registered_total_mass_kg     integer,
    registered_load_kg           integer,
    gross_kg                     integer       not null,
    tare_kg                      integer,
    net_kg                       integer,
    stable_at                    timestamptz,
    cargo_name                   varchar(64),
    cargo_category               varchar(32),
    loading_bill_number          varchar(64),
    consignee                    varchar(128),
    destination                  varchar(128),
    -- Personal data: masked in every list, never on the public site.
    driver_name                  varchar(64),
    driver_id_number             varchar(32),
    driver_phone                 varchar(32),
    release_decision             varchar(24),
    exited_at                    timestamptz,
    operator_name                varchar(64),
    -- The judgement at the weighing time, kept so that a later limit table never changes it.
    limit_kg                     integer,
    limit_basis                  varchar(500)  not null,
    limit_table_version          varchar(32),
    limit_rule_id                varchar(64),
    excess_kg                    integer,
    excess_rate                  numeric(6, 2),
    verdict                      varchar(24)   not null,
    overload_verdict             varchar(16)   not null,
    flags                        varchar(32)[] not null,
    -- SHA-256 of the canonical record content: equal content, equal hash (idempotent resends).
    content_sha256               char(64)      not null,
    -- Hash chain per station: record_hash covers previous_hash, so a deleted or edited row breaks it.
    chain_seq                    bigint        not null,
    previous_hash                char(64)      not null,
    record_hash                  char(64)      not null,
    received_at                  timestamptz   not null,
    primary key (id, weighed_at)
) partition by range (weighed_at);

create table weighing_record_default partition of weighing_record default;

-- Review queries: by area, unit or station over a time range, by plate, and by verdict.
create index ix_weighing_record_area_time on weighing_record (area_id, weighed_at);
create index ix_weighing_record_unit_time on weighing_record (unit_id, weighed_at);
create index ix_weighing_record_station_time on weighing_record (station_id, weighed_at);
create index ix_weighing_record_plate_time on weighing_record (plate_number, weighed_at);
create index ix_weighing_record_verdict_time on weighing_record (verdict, weighed_at);
create index ix_weighing_record_chain on weighing_record (station_id, chain_seq);
create index ix_weighing_record_id on weighing_record (id);

-- A partitioned table cannot have a unique key without the partition column, so this small
-- table is the global index of records: (station, record number) is unique, and media or
-- revisions can reference a record id here.
create table weighing_record_key (
    station_id      bigint       not null references weigh_station (id),
    record_number   varchar(64)  not null,
    record_id       bigint       not null,
    weighed_at      timestamptz  not null,
    content_sha256  char(64)     not null,
    primary key (station_id, record_number),
    constraint uk_weighing_record_key_record unique (record_id)
);

-- The last link of each station's hash chain. Inserting a record locks this row, so records of
-- one station are chained one at a time and the chain cannot fork.
create table weighing_chain_head (
    station_id      bigint       primary key references weigh_station (id),
    last_seq        bigint       not null,
    last_hash       char(64)     not null,
    last_record_id  bigint,
    updated_at      timestamptz  not null default now()
);

-- Append-only: a stored record is never changed or deleted; a correction is a new revision.
create function weighing_record_reject_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'weighing_record is append-only: % of record % rejected', tg_op, old.id
        using hint = 'Store a correction as a revision instead.';
end;
$$;

create trigger trg_weighing_record_append_only
    before update or delete on weighing_record
    for each row execute function weighing_record_reject_change();
