-- Corrections (更正) of weighing records. A stored record is never changed, so a correction is a
-- new revision holding the effective values of the correctable fields, the reason, the user and
-- the judgement recomputed from the corrected values. The weights and times are not correctable
-- because they come from the scale, so they have no column here.
create table weighing_record_revision (
    id                           bigserial     primary key,
    record_id                    bigint        not null references weighing_record_key (record_id),
    station_id                   bigint        not null references weigh_station (id),
    -- 1 for the first correction of a record, then 2, 3, ...
    revision_no                  integer       not null check (revision_no >= 1),
    -- Position in the station's chain of revisions, 1, 2, 3, ... across all its records.
    chain_seq                    bigint        not null check (chain_seq >= 1),
    -- Effective values of the correctable fields after this revision (not only the changed ones).
    plate_number                 varchar(32)   not null,
    plate_number_raw             varchar(32),
    plate_color                  varchar(24)   not null,
    plate_color_raw              varchar(8),
    plate_color_code_set         varchar(24),
    trailer_plate_number         varchar(32),
    axle_count                   integer,
    vehicle_type                 varchar(16),
    single_drive_axle            boolean       not null,
    single_tyre_groups           integer       not null,
    air_suspension               boolean       not null,
    semitrailer_axle_spacing_mm  integer,
    cargo_name                   varchar(64),
    cargo_category               varchar(32),
    release_decision             varchar(24),
    -- Names of the fields this revision changed, as the correction form names them.
    changed_fields               varchar(40)[] not null,
    reason                       varchar(500)  not null check (char_length(reason) >= 5),
    corrected_by                 varchar(64)   not null,
    corrected_at                 timestamptz   not null,
    -- The judgement of the corrected values, with the same meaning as on weighing_record.
    limit_kg                     integer,
    limit_basis                  varchar(500)  not null,
    limit_table_version          varchar(32),
    limit_rule_id                varchar(64),
    excess_kg                    integer,
    excess_rate                  numeric(6, 2),
    verdict                      varchar(24)   not null,
    overload_verdict             varchar(16)   not null,
    flags                        varchar(32)[] not null,
    registered_mass_source       varchar(16),
    registry_total_mass_kg       integer,
    registry_load_kg             integer,
    registry_imported_from       varchar(200),
    registry_imported_at         timestamptz,
    -- SHA-256 of the whole corrected content (the stored record with these values applied).
    content_sha256               char(64)      not null,
    -- The record's own hash, so a revision cannot be moved to another record unnoticed.
    record_hash                  char(64)      not null,
    -- Hash chain of the station's revisions. revision_hash covers previous_hash, the hash of the
    -- station's previous revision of any record, so a deleted or edited row breaks the chain.
    previous_hash                char(64)      not null,
    revision_hash                char(64)      not null,
    constraint uk_weighing_record_revision_no unique (record_id, revision_no),
    constraint uk_weighing_record_revision_chain unique (station_id, chain_seq)
);

-- The last link of each station's chain of revisions. A correction locks this row, so the
-- revisions of one station are numbered and chained one at a time.
create table weighing_revision_head (
    station_id  bigint       primary key references weigh_station (id),
    last_seq    bigint       not null,
    last_hash   char(64)     not null,
    updated_at  timestamptz  not null default now()
);

create function weighing_record_revision_reject_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'weighing_record_revision is append-only: % of revision % rejected', tg_op, old.id
        using hint = 'Store a further correction as a new revision instead.';
end;
$$;

create trigger trg_weighing_record_revision_append_only
    before update or delete on weighing_record_revision
    for each row execute function weighing_record_revision_reject_change();

-- Where the registry's masses that judged a record came from: the registry row's source (the
-- import file) and its last update. Outside the hash chain like registry_total_mass_kg.
alter table weighing_record add column registry_imported_from varchar(200);
alter table weighing_record add column registry_imported_at timestamptz;

-- A correction never closes or removes a queue item. It notes on the record's items which
-- revision changed the record and the verdict after it, and the officer decides.
alter table review_item add column record_revision_no integer;
alter table review_item add column revised_verdict varchar(24);
