-- Deploy mlb:staging/promote/openers
-- Promotion step: opener flags.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_openers() RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
BEGIN
  UPDATE betting_line_rows SET is_opener = NOT is_opener
   WHERE line_id = ANY (ARRAY(
     SELECT x.line_id
       FROM (SELECT b.line_id, b.is_opener, b.line_timing = 'O' OR (b.line_timing = 'T' AND b.observed_at = min(b.observed_at)
                    FILTER (WHERE b.line_timing = 'T') OVER (PARTITION BY b.game_id, b.sportsbook_id, b.outlet, b.market, b.side, b.source)) AS first
               FROM batch_opener_groups g
               JOIN betting_line_rows b ON b.game_id = g.game_id AND b.sportsbook_id = g.sportsbook_id
                                       AND b.market = line_code('market', g.market) AND b.side = line_code('side', g.side)
                                       AND b.source = g.source AND b.outlet = g.outlet) x
      WHERE x.is_opener IS DISTINCT FROM x.first));
END
$$;
COMMENT ON FUNCTION staging.promote_openers() IS 'Promotion step 8: where the batch brought an observation earlier than a group''s stored opener (temp table batch_opener_groups, left by promote_store_lines), is_opener moves to the first observation (or stated open) of that game, book, outlet, market, side and source, changing only the lines whose flag changes. Every other opener is flagged as it is stored.';

COMMIT;
