-- Who did what, when, from where, to which object, with the before/after of changed fields.
-- Append-only: the triggers below reject every UPDATE, DELETE and TRUNCATE, so not even the
-- application's own database user can rewrite history.
create table audit_log (
    id            bigserial    primary key,
    occurred_at   timestamptz  not null default now(),
    actor         varchar(64),
    actor_user_id bigint,
    remote_addr   varchar(64),
    action        varchar(32)  not null,
    object_type   varchar(48),
    object_id     varchar(64),
    object_label  varchar(256),
    changes       jsonb,
    result        varchar(16)  not null check (result in ('SUCCESS', 'FAILURE')),
    detail        varchar(1000)
);

create index ix_audit_log_occurred_at on audit_log (occurred_at desc);
create index ix_audit_log_actor on audit_log (actor, occurred_at desc);
create index ix_audit_log_object on audit_log (object_type, object_id);
create index ix_audit_log_action on audit_log (action, occurred_at desc);

create function audit_log_reject_change() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_reject_change();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_reject_change();
