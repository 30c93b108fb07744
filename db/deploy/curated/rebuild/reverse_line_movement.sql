-- Deploy mlb:curated/rebuild/reverse_line_movement (reworked after v0.3.0)
-- The public must be seen on its side around each move (issue 28): in splits observed
-- before the move and again after it (a later fetch returning the same body shows them
-- again). One VSIN fetch of splits fired reverse line movement on 6 of the sample's 15
-- games, every one stamped at that fetch.
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
  -- Reverse line movement: the side most tickets are on gets longer at the books. The public must be seen on that
  -- side around each move: in splits observed before it and again after it (one fetch of splits cannot show that a
  -- move went against the public). Known once enough books moved and a split after the last of them was observed.
  WITH split_seen AS (
    -- When each split was seen: when observed, at the fetch of its stored copy (a source that states when its
    -- splits last changed restates them in every new body), and at each later fetch the raw zone kept as an
    -- unchanged copy of that body (the same splits shown again).
    -- staging.shown_at: the fetch and the unchanged ones (those after the split was observed).
    SELECT s.game_id, s.market, s.side, s.bets_percent, s.observed_at AS seen_at
      FROM staging.betting_splits s
     WHERE s.game_id = ANY (p_games) AND s.bets_percent IS NOT NULL
    UNION
    SELECT s.game_id, s.market, s.side, s.bets_percent, x.seen_at
      FROM staging.betting_splits s
     CROSS JOIN LATERAL staging.shown_at(s.raw_table, s.raw_id, s.raw_fetched_at) AS x(seen_at)
     WHERE s.game_id = ANY (p_games) AND s.bets_percent IS NOT NULL
       AND (x.seen_at = s.raw_fetched_at OR x.seen_at > s.observed_at)
  ), public_splits AS (
    -- Each moment splits were seen before first pitch, per side: the mean ticket share over what was seen then.
    SELECT x.game_id, x.market, x.side, x.seen_at AS observed_at, avg(x.bets_percent) AS tickets
      FROM split_seen x JOIN rebuild_games g ON g.game_id = x.game_id
     WHERE g.start_time IS NULL OR x.seen_at < g.start_time
     GROUP BY x.game_id, x.market, x.side, x.seen_at
    HAVING avg(x.bets_percent) >= v_rlm_tickets
  ), public_since AS (
    SELECT game_id, market, side, min(observed_at) AS first_at FROM public_splits GROUP BY game_id, market, side
  ), book_crossings AS (
    -- The first pre-game move that took each bettable book's price on the public side past the threshold, longer
    -- than that book's open, after the public was seen there and with the public seen there again afterwards.
    SELECT p.game_id, p.market, p.side AS public_side, e.sportsbook_id,
           min(m.moved_at) AS crossed_at,
           min(staging.american_to_implied_probability(e.open_price)
               - staging.american_to_implied_probability(m.new_price)) AS drop_at_crossing
      FROM public_since p
      JOIN betting_lines_enhanced e ON e.game_id = p.game_id AND e.market = p.market AND e.side = p.side AND e.is_bettable
      JOIN staging.line_movements m ON m.game_id = e.game_id AND m.market = e.market AND m.side = e.side
                                   AND m.sportsbook_id = e.sportsbook_id AND NOT m.is_live
                                   AND m.new_line IS NOT DISTINCT FROM e.open_line
     WHERE m.game_id = ANY (p_games) AND m.moved_at >= p.first_at
       AND EXISTS (SELECT 1 FROM public_splits a WHERE a.game_id = p.game_id AND a.market = p.market AND a.side = p.side
                                                   AND a.observed_at >= m.moved_at)
       AND staging.american_to_implied_probability(m.new_price) - staging.american_to_implied_probability(e.open_price) <= -v_rlm_move
     GROUP BY p.game_id, p.market, p.side, e.sportsbook_id
  ), detected AS (
    SELECT b.game_id, b.market, b.public_side, (array_agg(b.crossed_at ORDER BY b.crossed_at))[v_rlm_books] AS enough_at,
           avg(b.drop_at_crossing) AS size, count(*) AS books, array_agg(b.sportsbook_id ORDER BY b.sportsbook_id) AS ids,
           (array_agg(b.sportsbook_id ORDER BY b.crossed_at, b.sportsbook_id))[1] AS first_mover,
           jsonb_agg(jsonb_build_object('sportsbook_id', b.sportsbook_id, 'at', b.crossed_at) ORDER BY b.crossed_at) AS crossings
      FROM book_crossings b
     GROUP BY b.game_id, b.market, b.public_side
    HAVING count(*) >= v_rlm_books
  )
  INSERT INTO movement_analysis (game_id, market, side, movement_type, detected_at, size, books, sportsbook_ids,
                                 first_mover_sportsbook_id, public_ticket_percent, details, pipeline_run_id)
  SELECT d.game_id, d.market, opposite_side(d.public_side), 'reverse_line_movement', a.observed_at, d.size, d.books, d.ids,
         d.first_mover, round(a.tickets, 2),
         jsonb_build_object('public_side', d.public_side, 'crossings', d.crossings,
                            'public_seen_from', p.first_at, 'public_seen_after_moves_at', a.observed_at),
         p_run
    FROM detected d
    JOIN public_since p ON p.game_id = d.game_id AND p.market = d.market AND p.side = d.public_side
    -- The first split after enough books moved that still shows the public there: when it became known.
    CROSS JOIN LATERAL (SELECT x.observed_at, x.tickets FROM public_splits x
                         WHERE x.game_id = d.game_id AND x.market = d.market AND x.side = d.public_side
                           AND x.observed_at >= d.enough_at ORDER BY x.observed_at LIMIT 1) a;
END
$$;
COMMENT ON FUNCTION curated.rebuild_reverse_line_movement(bigint, bigint[]) IS 'Curated rebuild step: reverse line movements for the given games in movement_analysis: at least signals.rlm_min_ticket_percent of tickets on one side in pre-game splits seen before each book''s move and again after it (seen: observed, fetched in a stored body, or shown again by a later fetch the raw zone kept as an unchanged copy of its body), while at least signals.rlm_min_books bettable books lengthen that side by signals.rlm_min_probability_move from their open; the signal is the other side, known at the first split after enough books moved (public_ticket_percent its ticket share; the first book to cross is the first mover). One fetch of splits is never enough.';

COMMIT;
