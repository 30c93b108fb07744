-- Revert mlb:sources/sbro from the rework: no season reader.
BEGIN;
SET LOCAL ROLE mlb_owner;

UPDATE raw_data.payload_tables SET season_reader = NULL WHERE raw_table = 'sbro_odds';

COMMIT;
