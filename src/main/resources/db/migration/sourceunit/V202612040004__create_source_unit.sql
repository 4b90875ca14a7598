-- Editable dictionaries of the ledger: unit types (单位类型) and supervision modes (监管方式).
create table unit_dictionary (
    id          bigserial    primary key,
    kind        varchar(24)  not null check (kind in ('UNIT_TYPE', 'SUPERVISION_MODE')),
    code        varchar(32)  not null,
    label       varchar(64)  not null,
    sort_order  integer      not null default 0,
    active      boolean      not null default true,
    constraint uk_unit_dictionary_code unique (kind, code),
    constraint uk_unit_dictionary_label unique (kind, label)
);

insert into unit_dictionary (kind, code, label, sort_order) values
    ('UNIT_TYPE', 'COAL_MINE', '煤矿', 10),
    ('UNIT_TYPE', 'COAL_WASHING', '洗煤厂', 20),
    ('UNIT_TYPE', 'COKING', '焦化厂', 30),
    ('UNIT_TYPE', 'SAND_GRAVEL', '砂石料场', 40),
    ('UNIT_TYPE', 'CEMENT', '水泥厂', 50),
    ('UNIT_TYPE', 'STEEL', '钢铁/钢材', 60),
    ('UNIT_TYPE', 'NEW_VEHICLE', '商品车', 70),
    ('UNIT_TYPE', 'LOGISTICS', '货运站/物流园区', 80),
    ('UNIT_TYPE', 'OTHER', '其他', 90),
    ('SUPERVISION_MODE', 'ON_SITE', '驻场监管', 10),
    ('SUPERVISION_MODE', 'ONLINE', '联网监控', 20),
    ('SUPERVISION_MODE', 'VIDEO_PATROL', '视频巡查', 30),
    ('SUPERVISION_MODE', 'PERIODIC_CHECK', '定期检查', 40);

-- The ledger (台账) of source units (源头单位). Rows are never deleted: a unit that stops
-- operating changes status (停产, 关闭, 注销) with a dated reason in source_unit_status_change.
create table source_unit (
    id                           bigserial     primary key,
    name                         varchar(128)  not null,
    credit_code                  varchar(18)   not null,
    -- Why a code that fails the GB 32100 check character was accepted anyway.
    credit_code_override_reason  varchar(500),
    unit_type_id                 bigint        not null references unit_dictionary (id),
    area_id                      bigint        not null references area (id),
    address                      varchar(256)  not null,
    longitude                    numeric(10, 6),
    latitude                     numeric(10, 6),
    legal_representative         varchar(64),
    safety_contact               varchar(64),
    safety_contact_phone         varchar(32),
    -- 万吨 per year
    annual_throughput            numeric(12, 2),
    transport_routes             varchar(500),
    supervision_mode_id          bigint        references unit_dictionary (id),
    supervising_department       varchar(128),
    supervisor_name              varchar(64),
    supervisor_department        varchar(128),
    supervisor_office_phone      varchar(32),
    supervisor_mobile            varchar(32),
    status                       varchar(16)   not null default 'OPERATING'
        check (status in ('OPERATING', 'SUSPENDED', 'CLOSED', 'DEREGISTERED')),
    published                    boolean       not null default false,
    published_on                 date,
    created_at                   timestamptz   not null default now(),
    updated_at                   timestamptz   not null default now(),
    version                      bigint        not null default 0,
    constraint uk_source_unit_credit_code unique (credit_code),
    constraint ck_source_unit_longitude check (longitude between -180 and 180),
    constraint ck_source_unit_latitude check (latitude between -90 and 90),
    constraint ck_source_unit_throughput check (annual_throughput >= 0)
);

create index ix_source_unit_area on source_unit (area_id, status);
create index ix_source_unit_type on source_unit (unit_type_id);
create index ix_source_unit_published on source_unit (published) where published;
create index ix_source_unit_name on source_unit (name);

create table source_unit_status_change (
    id              bigserial    primary key,
    unit_id         bigint       not null references source_unit (id),
    from_status     varchar(16),
    to_status       varchar(16)  not null,
    effective_date  date         not null,
    reason          varchar(500) not null,
    changed_at      timestamptz  not null default now(),
    changed_by      varchar(64)
);

create index ix_source_unit_status_change_unit on source_unit_status_change (unit_id, changed_at);
