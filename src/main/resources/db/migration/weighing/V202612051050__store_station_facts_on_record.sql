-- The plate read, evidence report and LED board message that a station sends with a record, each
-- as its canonical JSON text. The content hash covers them, so they sit on the append-only
-- record row. The type is text, not jsonb, because jsonb would reorder the hashed bytes.
alter table weighing_record add column plate_read_json text;
alter table weighing_record add column evidence_json text;
alter table weighing_record add column led_message_json text;
