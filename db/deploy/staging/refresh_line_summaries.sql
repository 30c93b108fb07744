-- Deploy mlb:staging/refresh_line_summaries (reworked after v0.3.0)
-- A close is a quote on offer at first pitch (issue 28). The close candidate is now, of
-- each source's, outlet's and raw table's last pre-game quote, the one its source showed latest before
-- first pitch (the fetch of its stored copy, or an unchanged copy of that body in the
-- collection log), kept with that time; a stated close still wins. Curated counts the
-- candidate as the close only within lines.close_window_minutes of first pitch
-- (curated.rebuild_lines).
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
    SELECT l.game_id, l.sportsbook_id, l.market, l.side, l.line_id, l.observed_at, l.source, l.outlet, l.raw_table,
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
           -- the stated close (it wins over any observation)
           (max(ARRAY[observed_us, stated_key, line_id]) FILTER (WHERE stated_close))[3] AS stated_close_id,
           -- the newest observation (undated opens and closes last)
           (max(ARRAY[coalesce(observed_us, -1000000000000000000::bigint), stated_close::int, stated_key, line_id]))[4]
             AS latest_id
      FROM obs GROUP BY game_id, sportsbook_id, market, side
  ), lasts AS (
    -- Each source's, outlet's and raw table's last pre-game observation (a source's snapshot and its change log
    -- apart: Action Network's scoreboard and its history), with when that source last showed it before first pitch:
    -- its stored copy's fetch, or a later fetch the raw zone logged as an unchanged copy of that body; a copy fetched
    -- after first pitch that still states the pre-game quote (a change log such as Action Network's history, or a
    -- snapshot's unchanged last_update) confirms it up to first pitch.
    SELECT t.game_id, t.sportsbook_id, t.market, t.side, t.line_id, c.confirmed_at,
           ARRAY[coalesce((extract(epoch FROM c.confirmed_at) * 1000000)::bigint, -1000000000000000000::bigint),
                 t.observed_us, t.stated_key, t.line_id] AS rank
      FROM (SELECT game_id, sportsbook_id, market, side, max(stated_key) AS stated_key,
                   (max(ARRAY[observed_us, line_id]))[1] AS observed_us, (max(ARRAY[observed_us, line_id]))[2] AS line_id
              FROM obs WHERE pregame AND NOT stated_open AND NOT stated_close
             GROUP BY game_id, sportsbook_id, market, side, source, outlet, raw_table) t
     -- By primary key, one row each (OFFSET 0: never a hash of the whole table).
     CROSS JOIN LATERAL (
       SELECT CASE WHEN g.start_time IS NULL THEN NULL
                   WHEN c.raw_fetched_at >= g.start_time THEN g.start_time
                   ELSE last_shown_at(c.raw_table, c.raw_id, c.raw_fetched_at, g.start_time) END AS confirmed_at
         FROM betting_line_rows c JOIN games g ON g.game_id = c.game_id
        WHERE c.line_id = t.line_id OFFSET 0) c
  ), best AS (
    -- The close candidate: the last pre-game quote confirmed latest (then the latest observed; then the stated source
    -- and outlet). Without a start time nothing is confirmed and this is the last pre-game observation.
    SELECT DISTINCT ON (game_id, sportsbook_id, market, side) game_id, sportsbook_id, market, side, line_id, confirmed_at
      FROM lasts ORDER BY game_id, sportsbook_id, market, side, rank DESC
  )
  INSERT INTO line_summaries (game_id, sportsbook_id, market, side, observations, open_line_id, close_line_id,
                              latest_line_id, first_observed_at, last_observed_at, raw_table, raw_id, pipeline_run_id,
                              close_confirmed_at)
  SELECT p.game_id, p.sportsbook_id, p.market, p.side, p.observations, p.open_id, coalesce(p.stated_close_id, b.line_id),
         p.latest_id, p.first_observed_at, p.last_observed_at, la.raw_table, la.raw_id, p_run,
         CASE WHEN p.stated_close_id IS NULL THEN b.confirmed_at END
    FROM picks p
    LEFT JOIN best b USING (game_id, sportsbook_id, market, side)
    -- By primary key, one row each (OFFSET 0: never a hash of the whole table).
    CROSS JOIN LATERAL (SELECT x.raw_table, x.raw_id FROM betting_line_rows x WHERE x.line_id = p.latest_id OFFSET 0) la;
  RETURN cardinality(v_games);
END
$$;
COMMENT ON FUNCTION staging.refresh_line_summaries(bigint, bigint[]) IS 'Computes again, from their stored lines, the summaries (staging.line_summaries: open, close, latest, counts) of the games marked in staging.stale_line_summaries, those of p_games only when given, and removes their marks; one transaction at a time per game (its staging.games row locked). The close candidate is the stated close, else of each source''s, outlet''s and raw table''s last pre-game observation the one its source showed latest before first pitch (close_confirmed_at: the fetch of its stored copy or of a later unchanged copy of that body, at most first pitch), then the latest observed. Promotion runs it at the end of each batch, a curated rebuild for its games before reading. Returns how many games it computed.';

COMMIT;
