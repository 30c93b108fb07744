-- Deploy mlb:curated/rebuild/reverse_line_movement
-- Curated rebuild step: reverse line movement.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.rebuild_reverse_line_movement(p_run bigint, p_games bigint[]) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging, pipeline
AS $$
DECLARE
  v_rlm_tickets numeric := coalesce(pipeline.setting_numeric('signals.rlm_min_ticket_percent'), 60);
  v_rlm_move numeric := coalesce(pipeline.setting_numeric('signals.rlm_min_probability_move'), 0.015);
  v_rlm_books int := coalesce(pipeline.setting_numeric('signals.rlm_min_books'), 2)::int;
BEGIN
  -- Reverse line movement: the side most tickets are on gets longer at the books.
  -- Known only once the splits used and enough books' moves were observed: no look-ahead.
  WITH latest_split AS (
    SELECT DISTINCT ON (s.game_id, s.market, s.side, s.source, s.sportsbook_id) s.*
      FROM staging.betting_splits s JOIN rebuild_games g ON g.game_id = s.game_id
     WHERE s.bets_percent IS NOT NULL AND (g.start_time IS NULL OR s.observed_at < g.start_time)
     ORDER BY s.game_id, s.market, s.side, s.source, s.sportsbook_id, s.observed_at DESC
  ), public_side AS (
    SELECT game_id, market, side, avg(bets_percent) AS tickets, max(observed_at) AS known_at
      FROM latest_split GROUP BY game_id, market, side HAVING avg(bets_percent) >= v_rlm_tickets
  ), book_crossings AS (
    -- The first pre-game move that took each bettable book's price on the public side
    -- past the threshold, longer than that book's open.
    SELECT p.game_id, p.market, p.side AS public_side, p.tickets, p.known_at, e.sportsbook_id,
           min(m.moved_at) AS crossed_at,
           min(staging.american_to_implied_probability(e.open_price)
               - staging.american_to_implied_probability(m.new_price)) AS drop_at_crossing
      FROM public_side p
      JOIN betting_lines_enhanced e ON e.game_id = p.game_id AND e.market = p.market AND e.side = p.side AND e.is_bettable
      JOIN staging.line_movements m ON m.game_id = e.game_id AND m.market = e.market AND m.side = e.side
                                   AND m.sportsbook_id = e.sportsbook_id AND NOT m.is_live
                                   AND m.new_line IS NOT DISTINCT FROM e.open_line
     WHERE m.game_id = ANY (p_games)
       AND staging.american_to_implied_probability(m.new_price) - staging.american_to_implied_probability(e.open_price) <= -v_rlm_move
     GROUP BY p.game_id, p.market, p.side, p.tickets, p.known_at, e.sportsbook_id
  )
  INSERT INTO movement_analysis (game_id, market, side, movement_type, detected_at, size, books, sportsbook_ids,
                                 public_ticket_percent, details, pipeline_run_id)
  SELECT b.game_id, b.market, opposite_side(b.public_side), 'reverse_line_movement',
         greatest((array_agg(b.crossed_at ORDER BY b.crossed_at))[v_rlm_books], b.known_at),
         avg(b.drop_at_crossing), count(*), array_agg(b.sportsbook_id ORDER BY b.sportsbook_id), round(b.tickets, 2),
         jsonb_build_object('public_side', b.public_side,
                            'crossings', jsonb_agg(jsonb_build_object('sportsbook_id', b.sportsbook_id, 'at', b.crossed_at)
                                                   ORDER BY b.crossed_at)),
         p_run
    FROM book_crossings b
   GROUP BY b.game_id, b.market, b.public_side, b.tickets, b.known_at
  HAVING count(*) >= v_rlm_books;
END
$$;
COMMENT ON FUNCTION curated.rebuild_reverse_line_movement(bigint, bigint[]) IS 'Curated rebuild step: reverse line movements for the given games in movement_analysis: at least signals.rlm_min_ticket_percent of tickets on one side (latest pre-game splits) while at least signals.rlm_min_books bettable books lengthen that side by signals.rlm_min_probability_move from their open; the signal is the other side, known once the splits and enough moves were observed.';

COMMIT;
