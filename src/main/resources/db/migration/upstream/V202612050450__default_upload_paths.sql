-- The two default targets were created with empty media, unit-list and station-list paths, and
-- an empty path turns that kind of upload off. An office that only set the address and ticked
-- 启用 therefore uploaded records without photos or lists. Seed the same style of default as
-- record_path ('/records'); a path an administrator already set is left as it is.
update upstream_target set media_path = '/media'
    where code in ('PROVINCE', 'JINCHENG') and (media_path is null or media_path = '');
update upstream_target set unit_path = '/units'
    where code in ('PROVINCE', 'JINCHENG') and (unit_path is null or unit_path = '');
update upstream_target set station_path = '/stations'
    where code in ('PROVINCE', 'JINCHENG') and (station_path is null or station_path = '');
