-- The officers' queue (待核查): illegal releases and suspicious records. One item per record and
-- kind, so a second detection of the same case (event and scheduled check) adds nothing.
create table review_item (
    id                bigserial     primary key,
    record_id         bigint        not null,
    weighed_at        timestamptz   not null,
    kind              varchar(24)   not null,
    -- Copied from the record so that the queue filters and scopes without a join.
    station_id        bigint        not null,
    unit_id           bigint        not null,
    area_id           bigint        not null,
    plate_number      varchar(32)   not null,
    -- Codes of what was found: the verdict for a violation, the flags of a suspicious record.
    detail            varchar(200),
    excess_kg         integer,
    status            varchar(16)   not null default 'OPEN',
    decision_comment  varchar(500),
    decided_by        varchar(64),
    decided_at        timestamptz,
    created_at        timestamptz   not null default now(),
    constraint uk_review_item_record_kind unique (record_id, kind),
    constraint ck_review_item_kind check (kind in ('ILLEGAL_RELEASE', 'EXIT_WITHOUT_REWEIGH', 'SUSPICIOUS')),
    constraint ck_review_item_status check (status in ('OPEN', 'VERIFIED', 'FALSE_ALARM', 'CASE_OPENED'))
);

create index ix_review_item_status_time on review_item (status, weighed_at desc);
create index ix_review_item_unit on review_item (unit_id, kind);
