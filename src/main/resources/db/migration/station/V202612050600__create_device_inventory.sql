-- Device inventory (设备台账) of weigh stations: the devices, the installation and maintenance
-- arrangements, the maintenance log and the unit's emergency plan (应急处置预案).
create table station_device (
    id                      bigserial     primary key,
    station_id              bigint        not null references weigh_station (id),
    kind                    varchar(16)   not null check (kind in ('TRUCK_SCALE', 'INDICATOR', 'CAMERA',
                                'PLATE_CAMERA', 'LED_BOARD', 'AXLE_DETECTOR', 'LIGHT_CURTAIN')),
    model                   varchar(64),
    serial_number           varchar(64),
    -- Lanes the device serves, as typed: "1" or "1,2".
    lanes                   varchar(32),
    position                varchar(64),
    -- IP address and port, RTSP URL or serial port.
    address                 varchar(256),
    protocol                varchar(32),
    port_settings           varchar(64),
    capacity_kg             integer,
    division_kg             integer,
    certificate_number      varchar(64),
    certificate_expires_on  date,
    username                varchar(64),
    -- Camera passwords are read back to configure stations, so they are encrypted with the
    -- application key (AES-GCM), never stored in plain text.
    password_ciphertext     varchar(256),
    -- A spare device held in reserve, not installed on a lane.
    spare                   boolean       not null default false,
    notes                   varchar(500),
    created_at              timestamptz   not null default now(),
    updated_at              timestamptz   not null default now(),
    version                 bigint        not null default 0
);

create index ix_station_device_station on station_device (station_id);
-- Certificate warnings scan the scales by expiry date.
create index ix_station_device_certificate on station_device (certificate_expires_on)
    where kind = 'TRUCK_SCALE';

create table station_installation (
    station_id                   bigint        primary key references weigh_station (id),
    installer_company            varchar(128),
    installer_qualification      varchar(128),
    installed_on                 date,
    maintenance_company          varchar(128),
    maintenance_contract_number  varchar(64),
    maintenance_until            date,
    emergency_plan_sha256        char(64),
    emergency_plan_name          varchar(128),
    emergency_plan_type          varchar(16),
    emergency_plan_size          bigint,
    emergency_plan_uploaded_at   timestamptz,
    updated_at                   timestamptz   not null default now(),
    version                      bigint        not null default 0
);

create table station_maintenance_log (
    id            bigserial      primary key,
    station_id    bigint         not null references weigh_station (id),
    performed_on  date           not null,
    performed_by  varchar(64)    not null,
    description   varchar(1000)  not null,
    recorded_by   varchar(64),
    recorded_at   timestamptz    not null default now()
);

create index ix_station_maintenance_log_station on station_maintenance_log (station_id, performed_on);
