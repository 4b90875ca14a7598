-- Uploads to the upper platforms (省平台, 晋城市平台). A target is configuration; a task is one
-- thing to deliver to one target (a record, a media file, the unit list or the station list).
-- Tasks are written in the transaction that stores what they deliver (transactional outbox).
create table upstream_target (
    id                    bigserial     primary key,
    code                  varchar(32)   not null unique,
    name                  varchar(64)   not null,
    -- The class that builds request bodies, picked by this key; 'generic-json' follows the mapping.
    format                varchar(32)   not null default 'generic-json',
    -- A disabled target gets no new tasks; a paused one keeps collecting tasks but sends nothing.
    enabled               boolean       not null default false,
    paused                boolean       not null default false,
    base_url              varchar(500),
    record_path           varchar(200)  not null default '/records',
    media_path            varchar(200),
    unit_path             varchar(200),
    station_path          varchar(200),
    -- SEPARATE: one request per media file after its record; INLINE: base64 inside the record;
    -- NONE: media is not uploaded.
    media_mode            varchar(16)   not null default 'SEPARATE',
    batch_size            integer       not null default 50,
    connect_timeout_ms    integer       not null default 5000,
    read_timeout_ms       integer       not null default 15000,
    max_attempts          integer       not null default 12,
    -- Records of one station are delivered in the order they were stored.
    ordered_per_station   boolean       not null default false,
    mapping               text          not null default '{}',
    -- NONE, HMAC_SHA256, SM3 (keyed HMAC-SM3) or TOKEN (fetched from token_path).
    auth_kind             varchar(16)   not null default 'NONE',
    app_key               varchar(128),
    -- AES-GCM ciphertext of system.SecretCipher; never shown or logged.
    secret_ciphertext     varchar(1000),
    sign_template         varchar(500),
    token_path            varchar(200),
    token_json_path       varchar(100),
    token_ttl_seconds     integer       not null default 3600,
    -- How the answer is read: the JSON path of the result code and the codes of each outcome.
    -- Without a code path, any 2xx status is success.
    response_code_path    varchar(100),
    success_codes         varchar(200),
    retry_codes           varchar(200),
    breaker_threshold     integer       not null default 5,
    breaker_open_seconds  integer       not null default 60,
    alert_after_minutes   integer       not null default 10,
    version               bigint        not null default 0,
    updated_at            timestamptz   not null default now()
);

insert into upstream_target (code, name, ordered_per_station) values
    ('PROVINCE', '省平台', false),
    ('JINCHENG', '晋城市平台', false);

create table upstream_task (
    id                bigserial     primary key,
    target_id         bigint        not null references upstream_target (id),
    -- RECORD, MEDIA, UNIT (the published unit list) or STATION (the station list).
    kind              varchar(8)    not null,
    record_id         bigint,
    media_id          bigint,
    station_id        bigint,
    unit_id           bigint,
    weighed_at        timestamptz,
    -- Sent as the Idempotency-Key header, the same on every retry, so that a retry after a lost
    -- answer is recognised by the target.
    idempotency_key   uuid          not null default gen_random_uuid(),
    -- PENDING until DELIVERED, or DEAD after a permanent failure or the last attempt.
    status            varchar(12)   not null default 'PENDING',
    attempts          integer       not null default 0,
    due_at            timestamptz   not null default now(),
    -- A sender owns a claimed task until locked_until; after a crash the lease runs out and
    -- another sender takes the task again.
    locked_until      timestamptz,
    locked_by         varchar(64),
    last_error        varchar(1000),
    last_http_status  integer,
    created_at        timestamptz   not null default now(),
    delivered_at      timestamptz,
    constraint ck_upstream_task_kind check (kind in ('RECORD', 'MEDIA', 'UNIT', 'STATION')),
    constraint ck_upstream_task_status check (status in ('PENDING', 'DELIVERED', 'DEAD'))
);

-- The sender's claim: pending tasks of a target by due time.
create index ix_upstream_task_pending on upstream_task (target_id, due_at, id) where status = 'PENDING';
create index ix_upstream_task_station_pending on upstream_task (target_id, station_id, id)
    where status = 'PENDING' and kind = 'RECORD';
create index ix_upstream_task_dead on upstream_task (target_id, id) where status = 'DEAD';
create index ix_upstream_task_delivered on upstream_task (target_id, delivered_at) where status = 'DELIVERED';
create index ix_upstream_task_record on upstream_task (record_id);
-- One task per record, and per media file, and target: a resend of a record adds nothing.
create unique index uk_upstream_task_record on upstream_task (target_id, record_id) where kind = 'RECORD';
create unique index uk_upstream_task_media on upstream_task (target_id, media_id) where kind = 'MEDIA';

-- NOTE: delivered tasks and attempts are kept without limit; nothing prunes or partitions them yet.
-- One row per HTTP request to a target, for the success rate, latency and last errors.
create table upstream_attempt (
    id            bigserial     primary key,
    target_id     bigint        not null references upstream_target (id),
    started_at    timestamptz   not null,
    latency_ms    integer       not null,
    task_count    integer       not null,
    -- SUCCESS, RETRY or PERMANENT.
    outcome       varchar(12)   not null,
    http_status   integer,
    error         varchar(1000)
);

create index ix_upstream_attempt_target_time on upstream_attempt (target_id, started_at);
