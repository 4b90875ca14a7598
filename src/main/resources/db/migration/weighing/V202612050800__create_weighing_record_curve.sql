-- Weight curve (称重曲线) and raw indicator frames of a record. The curve's canonical JSON lives
-- in its own table, so list queries of weighing_record never read it; the record keeps only its
-- SHA-256, which is part of the record content and thus of the hash chain.
alter table weighing_record add column weight_curve_sha256 char(64);

create table weighing_record_curve (
    record_id    bigint       primary key references weighing_record_key (record_id),
    curve_json   text         not null,
    point_count  integer      not null,
    frame_count  integer      not null,
    received_at  timestamptz  not null
);

-- Append-only like the record: the chain check compares the stored JSON with the record's hash.
create function weighing_record_curve_reject_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'weighing_record_curve is append-only: % of the curve of record % rejected', tg_op,
        old.record_id;
end;
$$;

create trigger trg_weighing_record_curve_append_only
    before update or delete on weighing_record_curve
    for each row execute function weighing_record_curve_reject_change();
