-- Weighing records per China calendar day as each station counts them in its journal, reported
-- in heartbeats for the last 8 days. The latest report of a day replaces the earlier one.
create table station_daily_count (
    station_id  bigint       not null references weigh_station (id),
    day         date         not null,
    records     integer      not null check (records >= 0),
    reported_at timestamptz  not null,
    primary key (station_id, day)
);
