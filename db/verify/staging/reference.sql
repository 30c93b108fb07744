-- Verify mlb:staging/reference
BEGIN;

SELECT 1 / (count(*) = 30)::int FROM staging.teams;
SELECT 1 / coalesce((staging.team_for_alias('sbd', 'CHW', '2025-06-13') = 'CWS')::int, 0);
SELECT sportsbook_id, book_key, name, is_bettable, kind FROM staging.sportsbooks WHERE false;
SELECT source, source_book_key, sportsbook_id, origin, raw_table, raw_id FROM staging.sportsbook_source_ids WHERE false;
SELECT alias, alias_normalized, sportsbook_id FROM staging.sportsbook_name_aliases WHERE false;

ROLLBACK;
