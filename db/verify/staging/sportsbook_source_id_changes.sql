-- Verify mlb:staging/sportsbook_source_id_changes
BEGIN;
SELECT change_id, source, source_book_key, old_sportsbook_id, new_sportsbook_id, raw_table, raw_id FROM staging.sportsbook_source_id_changes WHERE false;
ROLLBACK;
