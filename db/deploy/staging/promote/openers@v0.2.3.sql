-- Deploy mlb:staging/promote/openers (reworked after v0.2.1)
-- Promotion step: opener flags, per outlet (two outlets of one brand open apart).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_openers() RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
BEGIN
  -- Only the batch's games, by index, and only the lines whose flag changes:
  -- a join here planned as two scans of the whole table (0.7 s on 2 million lines).
  UPDATE betting_lines SET is_opener = NOT is_opener
   WHERE line_id = ANY (ARRAY(
     SELECT x.line_id
       FROM (SELECT line_id, is_opener, line_timing = 'open' OR (line_timing = 'observed' AND observed_at = min(observed_at)
                    FILTER (WHERE line_timing = 'observed') OVER (PARTITION BY game_id, sportsbook_id, outlet, market, side, source)) AS first
               FROM betting_lines
              WHERE game_id = ANY (ARRAY(SELECT DISTINCT game_id FROM batch_lines WHERE problem IS NULL))) x
      WHERE x.is_opener IS DISTINCT FROM x.first));
END
$$;
COMMENT ON FUNCTION staging.promote_openers() IS 'Promotion step 8: is_opener set on the first observation (or stated open) of each game, book, outlet, market, side and source of the batch''s games (temp table batch_lines), reached by index, changing only the lines whose flag changes.';

COMMIT;
