-- Deploy mlb:staging/refresh_line_summaries
-- Issue 14, per-game summaries kept during promotion: the games marked stale
-- (staging.stale_line_summaries) get their summaries computed again from their
-- stored lines. Promotion runs it at the end of every batch
-- (staging.promote_raw_rows, which a staging rebuild runs too: one rule); a
-- curated rebuild runs it for its games before it reads them, for any writer
-- that did not. The open, close and latest picks are those curated.rebuild_lines
-- made from every line before: the extremes of arrays of sort keys ending in the
-- stated source and outlet and then the line id, which only names the row.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.refresh_line_summaries(p_run bigint, p_games bigint[] DEFAULT NULL) RETURNS int
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline
AS $$
DECLARE
  v_games bigint[];
BEGIN
  v_games := ARRAY(SELECT DISTINCT s.game_id FROM stale_line_summaries s
                    WHERE p_games IS NULL OR s.game_id = ANY (p_games) ORDER BY 1);
  IF cardinality(v_games) = 0 THEN
    RETURN 0;
  END IF;
  -- One computation of a game at a time: two transactions that both stored lines of a game would each miss the
  -- other's uncommitted lines. The game's row is locked (in key order: no deadlock between two of these; FOR NO KEY
  -- UPDATE lets lines referencing it be stored meanwhile), and the statements after it see what the holder committed.
  PERFORM 1 FROM games g WHERE g.game_id = ANY (v_games) ORDER BY g.game_id FOR NO KEY UPDATE OF g;

  DELETE FROM stale_line_summaries s WHERE s.game_id = ANY (v_games);
  DELETE FROM line_summaries s WHERE s.game_id = ANY (v_games);

  WITH obs AS (
    SELECT l.game_id, l.sportsbook_id, l.market, l.side, l.line_id, l.observed_at, l.raw_table, l.raw_id,
           l.line_timing = line_code('timing', 'open') AS stated_open,
           l.line_timing = line_code('timing', 'close') AS stated_close,
           (extract(epoch FROM l.observed_at) * 1000000)::bigint AS observed_us,
           hashtextextended(l.source || '/' || l.outlet, 0) AS stated_key,
           l.line_timing <> line_code('timing', 'observed') OR (NOT l.is_live AND (g.start_time IS NULL OR l.observed_at < g.start_time)) AS pregame
      FROM betting_line_rows l
      JOIN games g ON g.game_id = l.game_id
     WHERE l.game_id = ANY (v_games)
  ), picks AS (
    SELECT game_id, sportsbook_id, market, side, count(*) AS observations,
           min(observed_at) AS first_observed_at, max(observed_at) AS last_observed_at,
           -- the stated opener, else the first pre-game observation
           (min(ARRAY[(NOT stated_open)::int, stated_close::int, observed_us, stated_key, line_id])
              FILTER (WHERE pregame AND NOT stated_close))[5] AS open_id,
           -- the stated close, else the last pre-game observation
           (max(ARRAY[stated_close::int, -(stated_open::int), observed_us, stated_key, line_id])
              FILTER (WHERE pregame AND NOT stated_open))[5] AS close_id,
           -- the newest observation (undated opens and closes last)
           (max(ARRAY[coalesce(observed_us, -1000000000000000000::bigint), stated_close::int, stated_key, line_id]))[4]
             AS latest_id
      FROM obs GROUP BY game_id, sportsbook_id, market, side
  )
  INSERT INTO line_summaries (game_id, sportsbook_id, market, side, observations, open_line_id, close_line_id,
                              latest_line_id, first_observed_at, last_observed_at, raw_table, raw_id, pipeline_run_id)
  SELECT p.game_id, p.sportsbook_id, p.market, p.side, p.observations, p.open_id, p.close_id,
         p.latest_id, p.first_observed_at, p.last_observed_at, la.raw_table, la.raw_id, p_run
    FROM picks p
    -- By primary key, one row each (OFFSET 0: never a hash of the whole table).
    CROSS JOIN LATERAL (SELECT x.raw_table, x.raw_id FROM betting_line_rows x WHERE x.line_id = p.latest_id OFFSET 0) la;
  RETURN cardinality(v_games);
END
$$;
COMMENT ON FUNCTION staging.refresh_line_summaries(bigint, bigint[]) IS 'Computes again, from their stored lines, the summaries (staging.line_summaries: open, close, latest, counts) of the games marked in staging.stale_line_summaries, those of p_games only when given, and removes their marks; one transaction at a time per game (its staging.games row locked). Promotion runs it at the end of each batch, a curated rebuild for its games before reading. Returns how many games it computed.';

COMMIT;
