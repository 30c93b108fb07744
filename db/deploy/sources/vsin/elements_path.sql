-- Deploy mlb:sources/vsin/elements_path
-- A VSIN page's elements are its game rows: every table's rows after its header row.
BEGIN;
SET LOCAL ROLE mlb_owner;

UPDATE raw_data.payload_tables SET elements_path = '$.tables[*].rows[1 to last]' WHERE raw_table = 'vsin_data';

COMMIT;
