-- Deploy mlb:curated/features
-- Pre-game feature vectors as of a stated cutoff, with outcome labels, and the
-- same features for games not yet played.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE curated.feature_vectors (
  game_id bigint PRIMARY KEY REFERENCES staging.games (game_id) ON DELETE CASCADE,
  game_date date NOT NULL,
  cutoff_at timestamptz NOT NULL,
  home_fair_probability numeric,
  home_fair_probability_open numeric,
  home_fair_probability_move numeric,
  over_fair_probability numeric,
  consensus_total numeric(5, 1),
  moneyline_books int NOT NULL,
  moneyline_book_dispersion numeric,
  home_bets_percent numeric,
  home_money_percent numeric,
  over_bets_percent numeric,
  over_money_percent numeric,
  sharp_side text,
  sharp_tier int,
  rlm_side text,
  steam_side text,
  label_home_win boolean,
  label_total_runs int,
  label_home_margin int,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id)
);
CREATE INDEX feature_vectors_date_idx ON curated.feature_vectors (game_date);
COMMENT ON TABLE curated.feature_vectors IS 'One row per game with pre-game features computed only from what was known at cutoff_at (first pitch minus signals.feature_cutoff_minutes): consensus no-vig probabilities from each bettable book''s latest price before the cutoff, their move from open, public splits, sharp/RLM/steam signals known by then, book dispersion; and the outcome labels (NULL until the game is final).';
COMMENT ON COLUMN curated.feature_vectors.game_id IS 'The game.';
COMMENT ON COLUMN curated.feature_vectors.game_date IS 'New York date.';
COMMENT ON COLUMN curated.feature_vectors.cutoff_at IS 'Nothing observed after this time is used.';
COMMENT ON COLUMN curated.feature_vectors.home_fair_probability IS 'Mean multiplicative no-vig home moneyline probability across bettable books at the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.home_fair_probability_open IS 'The same from the books'' first prices.';
COMMENT ON COLUMN curated.feature_vectors.home_fair_probability_move IS 'Cutoff minus open.';
COMMENT ON COLUMN curated.feature_vectors.over_fair_probability IS 'Mean no-vig over probability at the most common total at the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.consensus_total IS 'Most common total across books at the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.moneyline_books IS 'Bettable books with both moneyline sides by the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.moneyline_book_dispersion IS 'Standard deviation of the books'' home fair probabilities at the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.home_bets_percent IS 'Mean across sources of the latest home moneyline ticket share before the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.home_money_percent IS 'Mean across sources of the latest home moneyline money share before the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.over_bets_percent IS 'Mean latest over ticket share before the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.over_money_percent IS 'Mean latest over money share before the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.sharp_side IS 'Moneyline side with sharp action known by the cutoff (highest tier), if any.';
COMMENT ON COLUMN curated.feature_vectors.sharp_tier IS 'Its tier.';
COMMENT ON COLUMN curated.feature_vectors.rlm_side IS 'Moneyline side favoured by a reverse line movement known by the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.steam_side IS 'Moneyline side favoured by a steam move known by the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.label_home_win IS 'Outcome: the home team won (NULL until final).';
COMMENT ON COLUMN curated.feature_vectors.label_total_runs IS 'Outcome: total runs.';
COMMENT ON COLUMN curated.feature_vectors.label_home_margin IS 'Outcome: home runs minus away runs.';
COMMENT ON COLUMN curated.feature_vectors.pipeline_run_id IS 'Curated run that wrote the row.';

CREATE VIEW curated.prediction_inputs AS
SELECT f.game_id, f.game_date, f.cutoff_at, f.home_fair_probability, f.home_fair_probability_open,
       f.home_fair_probability_move, f.over_fair_probability, f.consensus_total, f.moneyline_books,
       f.moneyline_book_dispersion, f.home_bets_percent, f.home_money_percent, f.over_bets_percent,
       f.over_money_percent, f.sharp_side, f.sharp_tier, f.rlm_side, f.steam_side
  FROM curated.feature_vectors f JOIN staging.games g USING (game_id)
 WHERE g.status IN ('scheduled', 'live');
COMMENT ON VIEW curated.prediction_inputs IS 'The feature vectors of games not yet played (no labels).';
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT a.attname, col_description('curated.feature_vectors'::regclass, a.attnum) AS d
             FROM pg_attribute a WHERE a.attrelid = 'curated.prediction_inputs'::regclass AND a.attnum > 0 LOOP
    EXECUTE format('COMMENT ON COLUMN curated.prediction_inputs.%I IS %L', c.attname, c.d);
  END LOOP;
END
$$;

CREATE FUNCTION curated.rebuild_features(p_run_id bigint, target_dates date[]) RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging, pipeline
AS $$
DECLARE
  v_cutoff interval := make_interval(mins => coalesce(pipeline.setting_numeric('signals.feature_cutoff_minutes'), 30)::int);
  v_rows bigint;
BEGIN
  DELETE FROM feature_vectors WHERE game_date = ANY (target_dates);
  WITH games AS (
    SELECT g.*, g.start_time - v_cutoff AS cutoff_at FROM staging.games g
     WHERE g.game_date = ANY (target_dates) AND g.start_time IS NOT NULL
  ), book_prices AS (
    -- Each bettable book's first and latest price per side before the cutoff.
    SELECT l.game_id, l.sportsbook_id, l.market, l.side, l.line,
           (array_agg(l.implied_probability ORDER BY l.observed_at DESC, l.line_id DESC))[1] AS p_now,
           (array_agg(l.implied_probability ORDER BY l.observed_at, l.line_id))[1] AS p_open
      FROM staging.betting_lines l
      JOIN games g ON g.game_id = l.game_id
      JOIN staging.sportsbooks sb ON sb.sportsbook_id = l.sportsbook_id AND sb.is_bettable
     WHERE l.line_timing = 'observed' AND NOT l.is_live AND l.observed_at <= g.cutoff_at
     GROUP BY l.game_id, l.sportsbook_id, l.market, l.side, l.line
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
COMMENT ON FUNCTION curated.rebuild_features(bigint, date[]) IS 'Re-derives curated.feature_vectors for the given dates from staging observations, splits and curated signals known at each game''s cutoff; called by curated.rebuild_dates().';

GRANT SELECT ON curated.prediction_inputs TO mlb_analyst;

COMMIT;
