create table app_user (
    id                   bigserial    primary key,
    username             varchar(64)  not null,
    display_name         varchar(64)  not null,
    password_hash        varchar(200) not null,
    enabled              boolean      not null default true,
    must_change_password boolean      not null default true,
    failed_login_count   integer      not null default 0,
    locked_until         timestamptz,
    -- The one source unit of an enterprise user (企业用户). Owned by the sourceunit module,
    -- so no foreign key crosses the module boundary.
    unit_id              bigint,
    department           varchar(64),
    phone                varchar(32),
    last_login_at        timestamptz,
    password_changed_at  timestamptz,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    version              bigint       not null default 0
);

create unique index uk_app_user_username on app_user (lower(username));

create table app_user_role (
    user_id bigint      not null references app_user (id),
    role    varchar(32) not null,
    primary key (user_id, role)
);

-- Areas a town user (乡镇工作人员) is responsible for; their data scope.
create table app_user_area (
    user_id bigint not null references app_user (id),
    area_id bigint not null references area (id),
    primary key (user_id, area_id)
);
