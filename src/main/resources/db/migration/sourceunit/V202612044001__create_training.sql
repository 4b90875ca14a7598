-- Training sessions (培训) organized for source units and the departments that supervise them.
create table training_session (
    id          bigserial     primary key,
    held_on     date          not null,
    topic       varchar(128)  not null,
    organizer   varchar(128)  not null,
    place       varchar(128)  not null,
    notes       varchar(1000),
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    version     bigint        not null default 0
);

create index ix_training_session_held_on on training_session (held_on desc, id desc);

-- Units of the ledger (published or not) that sent staff to a session.
create table training_unit_attendance (
    id              bigserial     primary key,
    session_id      bigint        not null references training_session (id),
    unit_id         bigint        not null references source_unit (id),
    -- Names separated by 、 as shown on screen; the count may be higher when not all are named.
    attendee_names  varchar(500)  not null,
    attendee_count  integer       not null check (attendee_count between 1 and 9999),
    created_at      timestamptz   not null default now(),
    constraint uk_training_unit_attendance unique (session_id, unit_id)
);

-- The "never trained" report looks attendance up by unit.
create index ix_training_unit_attendance_unit on training_unit_attendance (unit_id);

-- Departments outside the ledger (town staff, enforcement, police …), named in free text.
create table training_department_attendance (
    id              bigserial     primary key,
    session_id      bigint        not null references training_session (id),
    department      varchar(128)  not null,
    attendee_names  varchar(500)  not null,
    attendee_count  integer       not null check (attendee_count between 1 and 9999),
    created_at      timestamptz   not null default now(),
    constraint uk_training_department_attendance unique (session_id, department)
);
