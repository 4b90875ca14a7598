-- Supervising areas below the county: statutory towns (乡镇), sub-districts (街道) and
-- non-statutory areas such as development zones. Editable by the office, never hard-coded.
create table area (
    id           bigserial primary key,
    code         varchar(12)  not null,
    name         varchar(64)  not null,
    kind         varchar(16)  not null check (kind in ('SUBDISTRICT', 'TOWN', 'TOWNSHIP', 'OTHER')),
    statutory    boolean      not null,
    sort_order   integer      not null default 0,
    active       boolean      not null default true,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    version      bigint       not null default 0,
    constraint uk_area_code unique (code),
    constraint uk_area_name unique (name)
);
