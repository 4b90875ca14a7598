-- Evidence media (证据照片和视频) of weighing records. The bytes live in the media store, named
-- by their SHA-256; this table links them to records. The same bytes for the same record and
-- kind are linked once, which makes resends idempotent.
create table weighing_media (
    id             bigserial    primary key,
    record_id      bigint       not null references weighing_record_key (record_id),
    kind           varchar(16)  not null,
    sha256         char(64)     not null,
    size_bytes     bigint       not null,
    content_type   varchar(32)  not null,
    received_at    timestamptz  not null,
    constraint uk_weighing_media unique (record_id, kind, sha256)
);

-- Serving a file looks up the records that link its hash.
create index ix_weighing_media_sha256 on weighing_media (sha256);
