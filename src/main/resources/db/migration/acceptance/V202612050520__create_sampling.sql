-- Upper-level sampling inspection (抽检) of accepted units. A draw records its method, seed and
-- the full input list with each unit's stratum, so the same input and seed reproduce the same
-- sample. A level has one active draw; a redraw supersedes it with a recorded reason.
create table sampling_draw (
    id              bigserial     primary key,
    level           varchar(16)   not null check (level in ('PROVINCE', 'CITY')),
    rate_percent    numeric(5, 2) not null,
    stratify_by     varchar(16)   not null check (stratify_by in ('NONE', 'AREA', 'UNIT_TYPE', 'AREA_AND_TYPE')),
    method          varchar(32)   not null,
    seed            varchar(64)   not null,
    -- The input in ascending unit id order, with the stratum of each unit at the time of the
    -- draw: [{"unitId": 12, "stratum": "米山镇"}, ...].
    input           jsonb         not null,
    input_size      integer       not null,
    input_sha256    char(64)      not null,
    sample_size     integer       not null,
    status          varchar(16)   not null check (status in ('ACTIVE', 'SUPERSEDED')),
    supersedes_id   bigint        references sampling_draw (id),
    redraw_reason   varchar(500),
    drawn_by        varchar(64),
    drawn_at        timestamptz   not null default now()
);

create unique index uk_sampling_draw_active_level on sampling_draw (level) where status = 'ACTIVE';

create table sampling_unit (
    draw_id       bigint         not null references sampling_draw (id),
    unit_id       bigint         not null references source_unit (id),
    stratum       varchar(256)   not null,
    -- SHA-256 of seed:unitId; the sample is the lowest keys of each stratum.
    rank_key      char(64)       not null,
    outcome       varchar(16)    not null default 'PENDING' check (outcome in ('PENDING', 'PASSED', 'FAILED')),
    inspected_on  date,
    notes         varchar(1000),
    recorded_by   varchar(64),
    recorded_at   timestamptz,
    primary key (draw_id, unit_id)
);

-- A failed sampling result opens a rectification task too, closed by a re-inspection like the
-- tasks of a failed acceptance.
alter table rectification alter column acceptance_id drop not null;
alter table rectification alter column item_id drop not null;
alter table rectification add column sampling_draw_id bigint references sampling_draw (id);
alter table rectification add constraint ck_rectification_source
    check (acceptance_id is not null or sampling_draw_id is not null);
