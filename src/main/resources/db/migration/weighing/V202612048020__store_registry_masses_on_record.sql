-- The registry's masses that judged a record whose source is REGISTRY, kept because a later
-- import may change the registry row. Outside the hash chain like registered_mass_source.
alter table weighing_record add column registry_total_mass_kg integer;
alter table weighing_record add column registry_load_kg integer;
