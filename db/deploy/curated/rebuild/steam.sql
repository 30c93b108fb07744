-- Deploy mlb:curated/rebuild/steam
-- Curated rebuild step: steam.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.rebuild_steam(p_run bigint, p_games bigint[]) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging, pipeline
AS $$
DECLARE
  v_steam_books int := coalesce(pipeline.setting_numeric('signals.steam_min_books'), 3)::int;
  v_steam_move numeric := coalesce(pipeline.setting_numeric('signals.steam_min_probability_move'), 0.02);
  v_steam_window interval := make_interval(mins => coalesce(pipeline.setting_numeric('signals.steam_window_minutes'), 10)::int);
BEGIN
  -- Steam: enough bettable books shortening the same side by enough within the window.
  WITH moves AS (
    SELECT m.game_id, m.market, m.side, m.sportsbook_id, m.moved_at, m.implied_probability_change AS delta,
           m.previous_price, m.new_price
      FROM staging.line_movements m
      JOIN staging.sportsbooks sb ON sb.sportsbook_id = m.sportsbook_id AND sb.is_bettable
     WHERE m.game_id = ANY (p_games) AND NOT m.is_live AND m.previous_line IS NOT DISTINCT FROM m.new_line
       AND m.implied_probability_change >= v_steam_move
  ), starts AS (
    SELECT s.*, w.books, w.sportsbook_ids, w.known_at, w.size, w.details
      FROM moves s
     CROSS JOIN LATERAL (
       SELECT count(DISTINCT x.sportsbook_id) AS books, array_agg(DISTINCT x.sportsbook_id) AS sportsbook_ids,
              avg(x.delta) AS size,
              (array_agg(x.moved_at ORDER BY x.moved_at))[v_steam_books] AS known_at,
              jsonb_agg(jsonb_build_object('sportsbook_id', x.sportsbook_id, 'from', x.previous_price, 'to', x.new_price,
                                           'at', x.moved_at) ORDER BY x.moved_at) AS details
         FROM (SELECT DISTINCT ON (y.sportsbook_id) y.* FROM moves y
                WHERE y.game_id = s.game_id AND y.market = s.market AND y.side = s.side
                  AND y.moved_at >= s.moved_at AND y.moved_at <= s.moved_at + v_steam_window
                ORDER BY y.sportsbook_id, y.moved_at) x
     ) w
     WHERE w.books >= v_steam_books
  )
  INSERT INTO movement_analysis (game_id, market, side, movement_type, detected_at, size, books, sportsbook_ids,
                                 first_mover_sportsbook_id, details, pipeline_run_id)
  SELECT DISTINCT ON (s.game_id, s.market, s.side, s.known_at)
         s.game_id, s.market, s.side, 'steam', s.known_at, s.size, s.books, s.sportsbook_ids, s.sportsbook_id, s.details, p_run
    FROM starts s
   WHERE NOT EXISTS (SELECT 1 FROM starts e WHERE e.game_id = s.game_id AND e.market = s.market AND e.side = s.side
                       AND e.moved_at < s.moved_at AND e.moved_at >= s.moved_at - v_steam_window)
   ORDER BY s.game_id, s.market, s.side, s.known_at, s.moved_at, s.sportsbook_id;
END
$$;
COMMENT ON FUNCTION curated.rebuild_steam(bigint, bigint[]) IS 'Curated rebuild step: steam moves for the given games in movement_analysis: at least signals.steam_min_books bettable books shortening the same side by signals.steam_min_probability_move within signals.steam_window_minutes, known when the last needed book moved; the first mover is recorded.';

COMMIT;
