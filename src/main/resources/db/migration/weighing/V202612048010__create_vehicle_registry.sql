-- Vehicle registry (车辆登记信息): the registered masses of known vehicles, so a record that
-- arrives without them can still be judged for 超载. One row per normalized plate.
create table vehicle_registry (
    id                        bigserial     primary key,
    plate_number              varchar(32)   not null unique,
    axle_count                integer       not null check (axle_count between 2 and 12),
    vehicle_type              varchar(16)   not null,
    registered_total_mass_kg  integer       not null check (registered_total_mass_kg > 0),
    registered_load_kg        integer       not null check (registered_load_kg > 0),
    source                    varchar(200)  not null,
    updated_at                timestamptz   not null,
    check (registered_load_kg < registered_total_mass_kg)
);

-- Where the masses used for the 超载 judgement came from: RECORD (sent by the station) or
-- REGISTRY (looked up here). Outside the hash chain on purpose: the chain covers the content and
-- the judgement, and the judgement already shows the outcome. Null for records stored before.
alter table weighing_record add column registered_mass_source varchar(16);
