-- Installation acceptance (验收) of source units: the editable checklist template, scheduled
-- acceptances with their item results and photos, and the rectification tasks (整改) that
-- failed items create until a re-inspection (复验) closes them.
create table acceptance_checklist_item (
    id          bigserial     primary key,
    title       varchar(128)  not null,
    guidance    varchar(500),
    -- The automatic check that fills the item from the platform's data; null for a manual item.
    check_key   varchar(32),
    sort_order  integer       not null,
    active      boolean       not null default true,
    updated_at  timestamptz   not null default now(),
    version     bigint        not null default 0
);

-- The provincial acceptance norm is not public; this default covers the installation duties
-- of source units and is meant to be edited by the office.
insert into acceptance_checklist_item (title, guidance, check_key, sort_order) values
    ('地磅已安装并经检定合格', '设备台账中每台在用地磅都有有效的检定证书', 'SCALE_VERIFIED', 10),
    ('称重仪表已与磅房电脑连接，读数稳定', '现场加载砝码或车辆，仪表读数与磅房软件一致', null, 20),
    ('车牌识别相机能正确识别车牌', '现场过车不少于 3 辆，车牌识别结果与实际一致', null, 30),
    ('视频监控覆盖车道、车牌和货物', '查看各路摄像机画面：车道全景、前后车牌、车厢货物均清晰可见', null, 40),
    ('LED显示屏显示称重结果和超限判定', '过车后显示屏显示车牌、重量和是否超限', null, 50),
    ('称重记录及照片已上传到平台', '测试期内平台收到该单位的称重记录，且带有照片', 'RECORDS_ARRIVE', 60),
    ('测试期内单位记录数与平台接收数一致', '磅房上报的记录数与平台收到的记录数相同', 'COUNT_MATCH', 70),
    ('近 7 日设备在线率达到要求', '按磅房心跳统计的设备在线率不低于阈值', 'ONLINE_RATE', 80),
    ('近 7 日照片完整率达到要求', '带照片的称重记录占全部记录的比例不低于阈值', 'PHOTO_COMPLETENESS', 90),
    ('应急处置预案和维保安排已备案', '设备台账中已上传应急处置预案，并登记维保单位和合同', 'PLANS_FILED', 100);

create table acceptance (
    id                bigserial     primary key,
    unit_id           bigint        not null references source_unit (id),
    kind              varchar(16)   not null check (kind in ('INITIAL', 'REINSPECTION')),
    -- The failed acceptance that a re-inspection follows.
    previous_id       bigint        references acceptance (id),
    scheduled_on      date          not null,
    inspectors        varchar(256)  not null,
    notes             varchar(500),
    status            varchar(16)   not null check (status in ('SCHEDULED', 'PASSED', 'FAILED')),
    -- The test period that the automatic items were last evaluated over.
    period_from       timestamptz,
    period_to         timestamptz,
    concluded_at      timestamptz,
    concluded_by      varchar(64),
    conclusion_notes  varchar(500),
    created_by        varchar(64),
    created_at        timestamptz   not null default now(),
    version           bigint        not null default 0
);

create index ix_acceptance_unit on acceptance (unit_id, created_at);
-- One open acceptance per unit at a time.
create unique index uk_acceptance_scheduled_unit on acceptance (unit_id) where status = 'SCHEDULED';

create table acceptance_item (
    id                 bigserial      primary key,
    acceptance_id      bigint         not null references acceptance (id),
    template_item_id   bigint         references acceptance_checklist_item (id),
    -- The rectification task that a re-inspection item checks again.
    rectification_id   bigint,
    position           integer        not null,
    -- Copied from the template, so that editing the template never changes a past acceptance.
    title              varchar(128)   not null,
    guidance           varchar(500),
    check_key          varchar(32),
    outcome            varchar(16)    not null check (outcome in ('OPEN', 'PASSED', 'FAILED', 'TO_REVIEW')),
    -- What an automatic check measured, in words.
    measured           varchar(256),
    notes              varchar(1000),
    recorded_by        varchar(64),
    recorded_at        timestamptz
);

create index ix_acceptance_item_acceptance on acceptance_item (acceptance_id, position);

create table acceptance_item_photo (
    id            bigserial     primary key,
    item_id       bigint        not null references acceptance_item (id),
    sha256        char(64)      not null,
    content_type  varchar(64)   not null,
    size_bytes    bigint        not null,
    file_name     varchar(128),
    uploaded_by   varchar(64),
    uploaded_at   timestamptz   not null default now()
);

create index ix_acceptance_item_photo_item on acceptance_item_photo (item_id);

create table rectification (
    id                       bigserial      primary key,
    unit_id                  bigint         not null references source_unit (id),
    acceptance_id            bigint         not null references acceptance (id),
    item_id                  bigint         not null references acceptance_item (id),
    title                    varchar(128)   not null,
    -- What the inspector found, as the requirement to fix.
    requirement              varchar(1000),
    deadline                 date           not null,
    status                   varchar(16)    not null check (status in ('OPEN', 'CLOSED')),
    closed_by_acceptance_id  bigint         references acceptance (id),
    closed_at                timestamptz,
    created_at               timestamptz    not null default now()
);

create index ix_rectification_unit on rectification (unit_id, status);

alter table acceptance_item
    add constraint fk_acceptance_item_rectification foreign key (rectification_id) references rectification (id);
