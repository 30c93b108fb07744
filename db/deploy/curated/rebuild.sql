-- Deploy mlb:curated/rebuild (reworked after v0.1.0)
-- rebuild_dates() also rebuilds the date a moved game is still filed under in
-- curated (before, rebuilding its new date failed on enhanced_games' key), and
-- picks each line's open, close and latest without per-group sorts.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.rebuild_dates(target_dates date[])
RETURNS TABLE (games bigint, lines bigint, consensus bigint, movements bigint, signals bigint, bets bigint, pipeline_run_id bigint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, curated, staging, pipeline
SET client_min_messages = warning
-- Bulk set-based work: JIT compile time outweighs its gain here; sorts stay in memory.
SET jit = off
SET work_mem = '256MB'
AS $$
DECLARE
  v_run bigint;
  v_steam_books int := coalesce(pipeline.setting_numeric('signals.steam_min_books'), 3)::int;
  v_steam_move numeric := coalesce(pipeline.setting_numeric('signals.steam_min_probability_move'), 0.02);
  v_steam_window interval := make_interval(mins => coalesce(pipeline.setting_numeric('signals.steam_window_minutes'), 10)::int);
  v_rlm_tickets numeric := coalesce(pipeline.setting_numeric('signals.rlm_min_ticket_percent'), 60);
  v_rlm_move numeric := coalesce(pipeline.setting_numeric('signals.rlm_min_probability_move'), 0.015);
  v_rlm_books int := coalesce(pipeline.setting_numeric('signals.rlm_min_books'), 2)::int;
  v_games bigint[];
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('mlb.curated.rebuild'));
  INSERT INTO pipeline.runs (zone, kind, target_date)
  VALUES ('curated', 'rebuild', CASE WHEN cardinality(target_dates) = 1 THEN target_dates[1] END)
  RETURNING id INTO v_run;

  -- A game the schedule moved to another date is rebuilt on the date curated still
  -- has it under too, so that date loses it (and its primary key is free).
  target_dates := ARRAY(SELECT unnest(target_dates)
                        UNION SELECT e.game_date FROM curated.enhanced_games e JOIN staging.games g USING (game_id)
                               WHERE g.game_date = ANY (target_dates) AND e.game_date <> g.game_date);
  DROP TABLE IF EXISTS rebuild_games;
  CREATE TEMP TABLE rebuild_games ON COMMIT DROP AS
  SELECT g.* FROM staging.games g WHERE g.game_date = ANY (target_dates);
  ANALYZE rebuild_games;
  -- An array filter reaches into the staging views' indexes; a join would scan them whole.
  v_games := ARRAY(SELECT game_id FROM rebuild_games);

  DELETE FROM feature_vectors WHERE game_date = ANY (target_dates);
  DELETE FROM strategy_results WHERE game_date = ANY (target_dates);
  DELETE FROM betting_analysis b USING rebuild_games g WHERE b.game_id = g.game_id;
  DELETE FROM movement_analysis m USING rebuild_games g WHERE m.game_id = g.game_id;
  DELETE FROM market_consensus c USING rebuild_games g WHERE c.game_id = g.game_id;
  DELETE FROM betting_lines_enhanced l USING rebuild_games g WHERE l.game_id = g.game_id;
  DELETE FROM enhanced_games e WHERE e.game_date = ANY (target_dates);

  -- Games and results.
  INSERT INTO enhanced_games (game_id, game_pk, game_date, season, start_time, home_team, away_team, game_number, status,
                              home_score, away_score, total_runs, winner, home_margin, has_result, raw_table, raw_id, pipeline_run_id)
  SELECT g.game_id, g.game_pk, g.game_date, extract(year FROM g.game_date)::int, g.start_time, g.home_team, g.away_team,
         g.game_number, g.status, r.home_score, r.away_score, r.home_score + r.away_score,
         CASE WHEN r.home_score > r.away_score THEN 'home' WHEN r.away_score > r.home_score THEN 'away' END,
         r.home_score - r.away_score, r.home_score IS NOT NULL, g.raw_table, g.raw_id, v_run
    FROM rebuild_games g
    CROSS JOIN LATERAL (SELECT CASE WHEN g.status = 'final' AND g.away_score IS NOT NULL THEN g.home_score END AS home_score,
                               CASE WHEN g.status = 'final' AND g.home_score IS NOT NULL THEN g.away_score END AS away_score) r;

  -- Open, close and latest per game, book, market and side.
  -- Each pick (open, close, latest) is the extreme of an array of its sort keys
  -- ending in the unique line_id: no per-group sorts (thirteen ordered aggregates
  -- took 5 microseconds a line). Arrays order NULL after any value.
  WITH obs AS (
    SELECT l.game_id, l.sportsbook_id, l.market, l.side, l.line_id, l.line_timing, sb.is_bettable,
           (extract(epoch FROM l.observed_at) * 1000000)::bigint AS observed_us,
           l.line_timing <> 'observed' OR (NOT l.is_live AND (g.start_time IS NULL OR l.observed_at < g.start_time)) AS pregame
      FROM staging.betting_lines l
      JOIN rebuild_games g ON g.game_id = l.game_id
      JOIN staging.sportsbooks sb ON sb.sportsbook_id = l.sportsbook_id
     WHERE l.game_id = ANY (v_games)  -- the dates' lines by index, not a hash of every line
  ), picks AS (
    SELECT game_id, sportsbook_id, market, side, bool_and(is_bettable) AS is_bettable, count(*) AS observations,
           -- the stated opener, else the first pre-game observation
           (min(ARRAY[(line_timing <> 'open')::int, (line_timing = 'close')::int, observed_us, line_id])
              FILTER (WHERE pregame AND line_timing <> 'close'))[4] AS open_id,
           -- the stated close, else the last pre-game observation
           (max(ARRAY[(line_timing = 'close')::int, -(line_timing = 'open')::int, observed_us, line_id])
              FILTER (WHERE pregame AND line_timing <> 'open'))[4] AS close_id,
           -- the newest observation (undated opens and closes last)
           (max(ARRAY[coalesce(observed_us, -1000000000000000000::bigint), (line_timing = 'close')::int, line_id]))[3] AS latest_id
      FROM obs GROUP BY game_id, sportsbook_id, market, side
  ), summary AS (
    SELECT p.game_id, p.sportsbook_id, p.market, p.side, p.is_bettable, p.observations,
           op.line AS open_line, op.american_price AS open_price, op.observed_at AS open_at,
           cl.line AS close_line, cl.american_price AS close_price, cl.observed_at AS close_at, cl.line_id AS close_line_id,
           cl.raw_table, cl.raw_id,
           la.line AS latest_line, la.american_price AS latest_price, la.observed_at AS latest_at
      FROM picks p
      -- By primary key, one row each (OFFSET 0: never a hash of the whole table).
      LEFT JOIN LATERAL (SELECT x.* FROM staging.betting_lines x WHERE x.line_id = p.open_id OFFSET 0) op ON true
      LEFT JOIN LATERAL (SELECT x.* FROM staging.betting_lines x WHERE x.line_id = p.close_id OFFSET 0) cl ON true
      CROSS JOIN LATERAL (SELECT x.* FROM staging.betting_lines x WHERE x.line_id = p.latest_id OFFSET 0) la
  )
  INSERT INTO betting_lines_enhanced (game_id, sportsbook_id, market, side, is_bettable, open_line, open_price, open_at,
         close_line, close_price, close_at, latest_line, latest_price, latest_at, line_move, implied_probability_move,
         close_overround, close_hold, close_fair_probability, close_fair_probability_additive, observations,
         close_line_id, raw_table, raw_id, pipeline_run_id)
  SELECT s.game_id, s.sportsbook_id, s.market, s.side, s.is_bettable, s.open_line, s.open_price, s.open_at,
         s.close_line, s.close_price, s.close_at, s.latest_line, s.latest_price, s.latest_at,
         s.close_line - s.open_line,
         staging.american_to_implied_probability(s.close_price) - staging.american_to_implied_probability(s.open_price),
         overround(staging.american_to_implied_probability(s.close_price), staging.american_to_implied_probability(o.close_price)),
         hold(staging.american_to_implied_probability(s.close_price), staging.american_to_implied_probability(o.close_price)),
         no_vig_multiplicative(staging.american_to_implied_probability(s.close_price), staging.american_to_implied_probability(o.close_price)),
         no_vig_additive(staging.american_to_implied_probability(s.close_price), staging.american_to_implied_probability(o.close_price)),
         s.observations, s.close_line_id, s.raw_table, s.raw_id, v_run
    FROM summary s
    LEFT JOIN summary o ON o.game_id = s.game_id AND o.sportsbook_id = s.sportsbook_id AND o.market = s.market
                       AND o.side = opposite_side(s.side)
                       -- the two sides must be one market: opposite run lines, the same total
                       AND (s.market = 'moneyline' OR (s.market = 'spread' AND o.close_line = -s.close_line)
                            OR (s.market = 'total' AND o.close_line = s.close_line));

  -- Consensus across bettable books, in probability space.
  WITH lines AS (
    SELECT e.*, o.open_price AS other_open_price
      FROM betting_lines_enhanced e
      JOIN rebuild_games g ON g.game_id = e.game_id
      LEFT JOIN betting_lines_enhanced o ON o.game_id = e.game_id AND o.sportsbook_id = e.sportsbook_id AND o.market = e.market
                                        AND o.side = opposite_side(e.side)
     WHERE e.is_bettable AND e.close_price IS NOT NULL
  ), consensus_line AS (
    SELECT game_id, market, side, mode() WITHIN GROUP (ORDER BY close_line) AS line
      FROM lines WHERE market <> 'moneyline' GROUP BY game_id, market, side
  ), at_line AS (
    SELECT l.* FROM lines l LEFT JOIN consensus_line c USING (game_id, market, side)
     WHERE l.market = 'moneyline' OR l.close_line = c.line
  ), best_pregame_pick AS (
    -- The best pre-game price (highest decimal odds), earliest first, as the
    -- minimum of its sort keys: no sort of every observation of the dates.
    SELECT b.game_id, b.market, b.side,
           (min(ARRAY[-(b.decimal_price * 1000000000)::bigint, (extract(epoch FROM b.observed_at) * 1000000)::bigint,
                      b.line_id]))[3] AS line_id
      FROM staging.betting_lines b
      JOIN rebuild_games g ON g.game_id = b.game_id
      JOIN staging.sportsbooks sb ON sb.sportsbook_id = b.sportsbook_id AND sb.is_bettable
      LEFT JOIN consensus_line c ON c.game_id = b.game_id AND c.market = b.market AND c.side = b.side
     WHERE (b.line_timing <> 'observed' OR (NOT b.is_live AND (g.start_time IS NULL OR b.observed_at < g.start_time)))
       AND (b.market = 'moneyline' OR b.line = c.line) AND b.game_id = ANY (v_games)
     GROUP BY b.game_id, b.market, b.side
  ), best_pregame AS (
    SELECT p.game_id, p.market, p.side, x.american_price, x.sportsbook_id, x.observed_at
      FROM best_pregame_pick p
     CROSS JOIN LATERAL (SELECT y.american_price, y.sportsbook_id, y.observed_at FROM staging.betting_lines y
                          WHERE y.line_id = p.line_id OFFSET 0) x
  )
  INSERT INTO market_consensus (game_id, market, side, books, consensus_close_line, close_fair_probability,
         close_fair_probability_additive, open_fair_probability, fair_probability_move, book_dispersion,
         best_close_price, best_close_sportsbook_id, best_pregame_price, best_pregame_sportsbook_id, best_pregame_at, pipeline_run_id)
  SELECT a.game_id, a.market, a.side, count(a.close_fair_probability),
         max(a.close_line),
         avg(a.close_fair_probability), avg(a.close_fair_probability_additive),
         avg(no_vig_multiplicative(staging.american_to_implied_probability(a.open_price),
                                   staging.american_to_implied_probability(a.other_open_price))),
         avg(a.close_fair_probability) - avg(no_vig_multiplicative(staging.american_to_implied_probability(a.open_price),
                                                                   staging.american_to_implied_probability(a.other_open_price))),
         stddev_samp(a.close_fair_probability),
         (array_agg(a.close_price ORDER BY staging.american_to_decimal(a.close_price) DESC, a.sportsbook_id))[1],
         (array_agg(a.sportsbook_id ORDER BY staging.american_to_decimal(a.close_price) DESC, a.sportsbook_id))[1],
         max(p.american_price), max(p.sportsbook_id), max(p.observed_at), v_run
    FROM at_line a
    LEFT JOIN best_pregame p ON p.game_id = a.game_id AND p.market = a.market AND p.side = a.side
   GROUP BY a.game_id, a.market, a.side;

  -- Steam: enough bettable books shortening the same side by enough within the window.
  WITH moves AS (
    SELECT m.game_id, m.market, m.side, m.sportsbook_id, m.moved_at, m.implied_probability_change AS delta,
           m.previous_price, m.new_price
      FROM staging.line_movements m
      JOIN staging.sportsbooks sb ON sb.sportsbook_id = m.sportsbook_id AND sb.is_bettable
     WHERE m.game_id = ANY (v_games) AND NOT m.is_live AND m.previous_line IS NOT DISTINCT FROM m.new_line
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
         s.game_id, s.market, s.side, 'steam', s.known_at, s.size, s.books, s.sportsbook_ids, s.sportsbook_id, s.details, v_run
    FROM starts s
   WHERE NOT EXISTS (SELECT 1 FROM starts e WHERE e.game_id = s.game_id AND e.market = s.market AND e.side = s.side
                       AND e.moved_at < s.moved_at AND e.moved_at >= s.moved_at - v_steam_window)
   ORDER BY s.game_id, s.market, s.side, s.known_at, s.moved_at, s.sportsbook_id;

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
     WHERE m.game_id = ANY (v_games)
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
         v_run
    FROM book_crossings b
   GROUP BY b.game_id, b.market, b.public_side, b.tickets, b.known_at
  HAVING count(*) >= v_rlm_books;

  -- Signals, each with the time it became known.
  INSERT INTO betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
  SELECT DISTINCT ON (x.game_id, x.market, x.side) x.game_id, x.market, x.side, 'sharp_action', x.observed_at, x.sharp_tier,
         jsonb_build_object('source', x.source, 'money_minus_bets', x.money_minus_bets), v_run
    FROM staging.sharp_action_signals x JOIN rebuild_games g ON g.game_id = x.game_id
   WHERE x.game_id = ANY (v_games) AND x.sharp_tier >= 1 AND (g.start_time IS NULL OR x.observed_at < g.start_time)
     AND x.sharp_tier = (SELECT max(y.sharp_tier) FROM staging.sharp_action_signals y
                          WHERE y.game_id = x.game_id AND y.market = x.market AND y.side = x.side
                            AND (g.start_time IS NULL OR y.observed_at < g.start_time))
   ORDER BY x.game_id, x.market, x.side, x.observed_at;

  INSERT INTO betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
  SELECT DISTINCT ON (m.game_id, m.market, m.side, m.movement_type) m.game_id, m.market, m.side, m.movement_type,
         m.detected_at, m.size, jsonb_build_object('books', m.books), v_run
    FROM movement_analysis m JOIN rebuild_games g ON g.game_id = m.game_id
   ORDER BY m.game_id, m.market, m.side, m.movement_type, m.detected_at;

  INSERT INTO betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
  SELECT DISTINCT ON (s.game_id, s.market, s.side) s.game_id, s.market, opposite_side(s.side), 'fade_the_public', s.observed_at,
         s.bets_percent, jsonb_build_object('public_side', s.side, 'source', s.source), v_run
    FROM staging.betting_splits s JOIN rebuild_games g ON g.game_id = s.game_id
   WHERE s.bets_percent >= v_rlm_tickets AND (g.start_time IS NULL OR s.observed_at < g.start_time)
   ORDER BY s.game_id, s.market, s.side, s.observed_at
  ON CONFLICT DO NOTHING;

  INSERT INTO betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
  SELECT c.game_id, c.market, c.side, 'book_disagreement',
         (SELECT max(e.close_at) FROM betting_lines_enhanced e WHERE e.game_id = c.game_id AND e.market = c.market),
         c.book_dispersion, jsonb_build_object('books', c.books), v_run
    FROM market_consensus c JOIN rebuild_games g ON g.game_id = c.game_id
   WHERE c.book_dispersion > 0.02
     AND (SELECT max(e.close_at) FROM betting_lines_enhanced e WHERE e.game_id = c.game_id AND e.market = c.market) IS NOT NULL;

  INSERT INTO betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
  SELECT c.game_id, c.market, c.side, 'arbitrage',
         (SELECT max(e.close_at) FROM betting_lines_enhanced e WHERE e.game_id = c.game_id AND e.market = c.market),
         1 - staging.american_to_implied_probability(c.best_close_price) - staging.american_to_implied_probability(o.best_close_price),
         jsonb_build_object('this_price', c.best_close_price, 'this_book', c.best_close_sportsbook_id,
                            'other_price', o.best_close_price, 'other_book', o.best_close_sportsbook_id), v_run
    FROM market_consensus c
    JOIN rebuild_games g ON g.game_id = c.game_id
    JOIN market_consensus o ON o.game_id = c.game_id AND o.market = c.market AND o.side = opposite_side(c.side)
   WHERE staging.american_to_implied_probability(c.best_close_price) + staging.american_to_implied_probability(o.best_close_price) < 1
     AND (SELECT max(e.close_at) FROM betting_lines_enhanced e WHERE e.game_id = c.game_id AND e.market = c.market) IS NOT NULL;

  -- Strategy backtests: a bet at the price actually available when the strategy bets.
  WITH candidates AS (
    -- Bets at the close: the best bettable closing price.
    SELECT st.strategy_key, st.market, g.game_id,
           CASE st.side_rule
             WHEN 'favourite' THEN (SELECT c2.side FROM market_consensus c2 WHERE c2.game_id = g.game_id AND c2.market = st.market
                                     ORDER BY c2.close_fair_probability DESC LIMIT 1)
             WHEN 'signal_side' THEN ba.side
             ELSE st.side_rule END AS side,
           NULL::timestamptz AS signal_at
      FROM strategies st
      JOIN rebuild_games g ON true
      LEFT JOIN betting_analysis ba ON ba.game_id = g.game_id AND ba.market = st.market AND ba.signal = st.signal
                                    AND ba.strength >= coalesce((st.parameters->>'min_strength')::numeric, 0)
     WHERE st.is_active AND st.bet_timing = 'close'
       AND (st.signal IN ('every_game', 'favourite') OR ba.game_id IS NOT NULL)
    UNION ALL
    -- Bets when the signal became known.
    SELECT st.strategy_key, st.market, ba.game_id, ba.side, ba.known_at
      FROM strategies st
      JOIN betting_analysis ba ON ba.market = st.market AND ba.signal = st.signal
                               AND ba.strength >= coalesce((st.parameters->>'min_strength')::numeric, 0)
      JOIN rebuild_games g ON g.game_id = ba.game_id
     WHERE st.is_active AND st.bet_timing = 'signal'
  ), priced AS (
    SELECT c.*, cons.close_fair_probability, cons.consensus_close_line,
           CASE WHEN c.signal_at IS NULL THEN cons.best_close_price ELSE at_signal.american_price END AS price,
           CASE WHEN c.signal_at IS NULL THEN cons.best_close_sportsbook_id ELSE at_signal.sportsbook_id END AS sportsbook_id,
           CASE WHEN c.signal_at IS NULL THEN (SELECT e.close_at FROM betting_lines_enhanced e
                                                WHERE e.game_id = c.game_id AND e.market = c.market AND e.side = c.side
                                                  AND e.sportsbook_id = cons.best_close_sportsbook_id)
                ELSE c.signal_at END AS bet_at,
           CASE WHEN c.signal_at IS NULL THEN cons.consensus_close_line ELSE at_signal.line END AS line
      FROM candidates c
      JOIN market_consensus cons ON cons.game_id = c.game_id AND cons.market = c.market AND cons.side = c.side
      LEFT JOIN LATERAL (
        -- Each bettable book's latest pre-game price at or before the signal; the best of them.
        SELECT latest.american_price, latest.sportsbook_id, latest.line
          FROM (SELECT DISTINCT ON (b.sportsbook_id) b.*
                  FROM staging.betting_lines b
                  JOIN staging.sportsbooks sb ON sb.sportsbook_id = b.sportsbook_id AND sb.is_bettable
                 WHERE b.game_id = c.game_id AND b.market = c.market AND b.side = c.side AND b.line_timing = 'observed'
                   AND NOT b.is_live AND b.observed_at <= c.signal_at
                   AND (c.market = 'moneyline' OR b.line = cons.consensus_close_line)
                 ORDER BY b.sportsbook_id, b.observed_at DESC, b.line_id DESC) latest
         ORDER BY latest.decimal_price DESC, latest.sportsbook_id
         LIMIT 1
      ) at_signal ON c.signal_at IS NOT NULL
     WHERE c.side IS NOT NULL
  )
  INSERT INTO strategy_results (strategy_key, game_id, game_date, season, market, side, bet_at, sportsbook_id, line,
                                american_price, result, profit_units, closing_fair_probability, closing_line_value, pipeline_run_id)
  SELECT DISTINCT ON (p.strategy_key, p.game_id, p.market, p.side)
         p.strategy_key, p.game_id, e.game_date, e.season, p.market, p.side, p.bet_at, p.sportsbook_id, p.line, p.price,
         grade_bet(p.market, p.side, p.line, e.home_score, e.away_score, e.status),
         profit_units(grade_bet(p.market, p.side, p.line, e.home_score, e.away_score, e.status), p.price),
         p.close_fair_probability, closing_line_value(p.price, p.close_fair_probability), v_run
    FROM priced p JOIN enhanced_games e ON e.game_id = p.game_id
   -- Games not yet decided (scheduled, live, suspended) are pending: no row until they are.
   WHERE p.price IS NOT NULL AND e.status IN ('final', 'postponed', 'cancelled')
   ORDER BY p.strategy_key, p.game_id, p.market, p.side, p.bet_at NULLS LAST;

  PERFORM curated.rebuild_features(v_run, target_dates);

  UPDATE pipeline.runs SET status = 'succeeded', finished_at = clock_timestamp(),
         rows_in = (SELECT count(*) FROM rebuild_games),
         rows_out = (SELECT count(*) FROM betting_lines_enhanced e JOIN rebuild_games g USING (game_id))
                    + (SELECT count(*) FROM strategy_results WHERE game_date = ANY (target_dates))
   WHERE id = v_run;

  RETURN QUERY SELECT
    (SELECT count(*) FROM enhanced_games WHERE game_date = ANY (target_dates)),
    (SELECT count(*) FROM betting_lines_enhanced e JOIN rebuild_games g USING (game_id)),
    (SELECT count(*) FROM market_consensus c JOIN rebuild_games g USING (game_id)),
    (SELECT count(*) FROM movement_analysis m JOIN rebuild_games g USING (game_id)),
    (SELECT count(*) FROM betting_analysis b JOIN rebuild_games g USING (game_id)),
    (SELECT count(*) FROM strategy_results WHERE game_date = ANY (target_dates)),
    v_run;
END
$$;
COMMENT ON FUNCTION curated.rebuild_dates(date[]) IS 'Re-derives every curated table for the given New York dates from staging, set-based, under an advisory lock; deterministic, so running it twice gives identical tables. A game the schedule moved is also removed from the date curated still had it under. Returns the row counts and the run id.';

COMMIT;
