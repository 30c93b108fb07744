-- Deploy mlb:curated/rebuild/features
-- Curated rebuild step: feature vectors.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.rebuild_features(p_run_id bigint, target_dates date[]) RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging, pipeline
AS $$
DECLARE
  v_cutoff interval := make_interval(mins => coalesce(pipeline.setting_numeric('signals.feature_cutoff_minutes'), 30)::int);
  v_rows bigint;
BEGIN
  DELETE FROM feature_vectors f WHERE f.game_date = ANY (target_dates) OR f.game_id IN (SELECT r.game_id FROM rebuild_games r);
  WITH games AS (
    SELECT g.*, g.start_time - v_cutoff AS cutoff_at FROM rebuild_games g
     WHERE g.start_time IS NOT NULL
  ), book_picks AS (
    -- Each bettable book's first and latest observation per side before the cutoff:
    -- the extremes of (observed_at, stated source and outlet), no sort per group; line_id only names the row.
    -- From the stored codes, grouped by codes; the names decoded per group.
    SELECT l.game_id, l.sportsbook_id, staging.line_code_name('market', l.market) AS market,
           staging.line_code_name('side', l.side) AS side, l.line,
           (max(ARRAY[(extract(epoch FROM l.observed_at) * 1000000)::bigint, hashtextextended(l.source || '/' || l.outlet, 0),
                      l.line_id]))[3] AS now_id,
           (min(ARRAY[(extract(epoch FROM l.observed_at) * 1000000)::bigint, hashtextextended(l.source || '/' || l.outlet, 0),
                      l.line_id]))[3] AS open_id
      FROM staging.betting_line_rows l
      JOIN games g ON g.game_id = l.game_id
      JOIN staging.sportsbooks sb ON sb.sportsbook_id = l.sportsbook_id AND sb.is_bettable
     WHERE l.line_timing = staging.line_code('timing', 'observed') AND NOT l.is_live AND l.observed_at <= g.cutoff_at
     GROUP BY l.game_id, l.sportsbook_id, l.market, l.side, l.line
  ), book_prices AS (
    SELECT b.game_id, b.sportsbook_id, b.market, b.side, b.line,
           (SELECT x.implied_probability FROM staging.betting_lines x WHERE x.line_id = b.now_id) AS p_now,
           (SELECT x.implied_probability FROM staging.betting_lines x WHERE x.line_id = b.open_id) AS p_open
      FROM book_picks b
  ), moneyline AS (
    SELECT h.game_id, count(*) AS books,
           avg(curated.no_vig_multiplicative(h.p_now, a.p_now)) AS p_now,
           avg(curated.no_vig_multiplicative(h.p_open, a.p_open)) AS p_open,
           stddev_samp(curated.no_vig_multiplicative(h.p_now, a.p_now)) AS dispersion
      FROM book_prices h JOIN book_prices a ON a.game_id = h.game_id AND a.sportsbook_id = h.sportsbook_id
                                           AND a.market = 'moneyline' AND a.side = 'away'
     WHERE h.market = 'moneyline' AND h.side = 'home'
     GROUP BY h.game_id
  ), totals AS (
    SELECT o.game_id, o.line, count(*) AS books, avg(curated.no_vig_multiplicative(o.p_now, u.p_now)) AS p_over,
           row_number() OVER (PARTITION BY o.game_id ORDER BY count(*) DESC, o.line) AS rank
      FROM book_prices o JOIN book_prices u ON u.game_id = o.game_id AND u.sportsbook_id = o.sportsbook_id
                                           AND u.market = 'total' AND u.side = 'under' AND u.line = o.line
     WHERE o.market = 'total' AND o.side = 'over'
     GROUP BY o.game_id, o.line
  ), splits AS (
    SELECT s.game_id, s.market, s.side, avg(s.bets_percent) AS bets, avg(s.money_percent) AS money
      FROM (SELECT DISTINCT ON (x.game_id, x.market, x.side, x.source, x.sportsbook_id) x.*
              FROM staging.betting_splits x JOIN games g ON g.game_id = x.game_id
             WHERE x.observed_at <= g.cutoff_at
             ORDER BY x.game_id, x.market, x.side, x.source, x.sportsbook_id, x.observed_at DESC) s
     GROUP BY s.game_id, s.market, s.side
  ), signals AS (
    SELECT a.game_id,
           (array_agg(a.side ORDER BY a.strength DESC, a.known_at) FILTER (WHERE a.signal = 'sharp_action'))[1] AS sharp_side,
           max(a.strength) FILTER (WHERE a.signal = 'sharp_action')::int AS sharp_tier,
           (array_agg(a.side ORDER BY a.known_at) FILTER (WHERE a.signal = 'reverse_line_movement'))[1] AS rlm_side,
           (array_agg(a.side ORDER BY a.known_at) FILTER (WHERE a.signal = 'steam'))[1] AS steam_side
      FROM betting_analysis a JOIN games g ON g.game_id = a.game_id
     WHERE a.market = 'moneyline' AND a.known_at <= g.cutoff_at
     GROUP BY a.game_id
  )
  INSERT INTO feature_vectors (game_id, game_date, cutoff_at, home_fair_probability, home_fair_probability_open,
         home_fair_probability_move, over_fair_probability, consensus_total, moneyline_books, moneyline_book_dispersion,
         home_bets_percent, home_money_percent, over_bets_percent, over_money_percent, sharp_side, sharp_tier, rlm_side,
         steam_side, label_home_win, label_total_runs, label_home_margin, pipeline_run_id)
  SELECT g.game_id, g.game_date, g.cutoff_at, m.p_now, m.p_open, m.p_now - m.p_open, t.p_over, t.line,
         coalesce(m.books, 0), m.dispersion, sh.bets, sh.money, so.bets, so.money,
         sg.sharp_side, sg.sharp_tier, sg.rlm_side, sg.steam_side,
         CASE WHEN e.has_result THEN e.winner = 'home' END, e.total_runs, e.home_margin, p_run_id
    FROM games g
    JOIN enhanced_games e ON e.game_id = g.game_id
    LEFT JOIN moneyline m ON m.game_id = g.game_id
    LEFT JOIN totals t ON t.game_id = g.game_id AND t.rank = 1
    LEFT JOIN splits sh ON sh.game_id = g.game_id AND sh.market = 'moneyline' AND sh.side = 'home'
    LEFT JOIN splits so ON so.game_id = g.game_id AND so.market = 'total' AND so.side = 'over'
    LEFT JOIN signals sg ON sg.game_id = g.game_id;
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  RETURN v_rows;
END
$$;
COMMENT ON FUNCTION curated.rebuild_features(bigint, date[]) IS 'Re-derives curated.feature_vectors for the games of the temp table rebuild_games (after deleting theirs and the given dates'' rows) from staging observations, splits and curated signals known at each game''s cutoff; called by curated.rebuild_dates().';

COMMIT;
