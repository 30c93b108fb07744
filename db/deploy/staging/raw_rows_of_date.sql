-- Deploy mlb:staging/raw_rows_of_date
-- Raw rows a date rebuild reads again.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The raw rows a rebuild of one date must read again, found through each
-- payload table's request-key index (never by reading payloads).
CREATE OR REPLACE FUNCTION staging.raw_rows_of_date(target_date date) RETURNS TABLE (raw_table text, raw_id bigint)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, staging, raw_data
AS $$
DECLARE
  t raw_data.payload_tables;
BEGIN
  FOR t IN SELECT * FROM raw_data.payload_tables ORDER BY 1 LOOP
    -- Requests for the date (2025-06-14, 2025-06-14:view), for a range holding it
    -- (2025-06-01..2025-06-30), or for one of the date's games by its source id.
    RETURN QUERY EXECUTE format($q$
      SELECT %1$L::text, r.id FROM raw_data.%2$I r
       WHERE r.request_key = $1::text OR r.request_key LIKE $1::text || ':%%'
          OR (r.request_key LIKE '%%..%%' AND $1 BETWEEN raw_data.iso_date(split_part(r.request_key, '..', 1))
                                                   AND raw_data.iso_date(split_part(r.request_key, '..', 2)))
      UNION
      SELECT %1$L::text, r.id FROM raw_data.%2$I r
        JOIN staging.game_source_ids m ON m.source = %3$L AND m.source_game_id = r.request_key
        JOIN staging.games g ON g.game_id = m.game_id
       WHERE g.game_date = $1$q$, t.raw_table, t.raw_table, t.source)
    USING target_date;
  END LOOP;
END
$$;
COMMENT ON FUNCTION staging.raw_rows_of_date(date) IS 'Raw rows (table, id) whose request key names the New York date (the date, date:view, or a date range holding it; a key that only looks like a range matches nothing) or one of that date''s games by its source id (Action Network histories): what staging.rebuild(date) promotes again besides the rows staging already traces to the date.';

COMMIT;
