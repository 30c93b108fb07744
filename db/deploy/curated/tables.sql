-- Deploy mlb:curated/tables
-- The curated zone's tables. All are derived from staging per New York date by
-- curated.rebuild(); each row carries the run that wrote it and its lineage.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO pipeline.settings (key, value, default_value, description)
SELECT k, v, v, d FROM (VALUES
  ('signals.steam_min_books', '3'::jsonb, 'A steam move needs at least this many bettable books moving the same side the same way.'),
  ('signals.steam_min_probability_move', '0.02', 'Each book''s move must shift the side''s implied probability by at least this much (0.02 = 2 points).'),
  ('signals.steam_window_minutes', '10', 'All moves of a steam move fall within this many minutes of the first mover.'),
  ('signals.rlm_min_ticket_percent', '60', 'Reverse line movement needs at least this share of tickets on the public side.'),
  ('signals.rlm_min_probability_move', '0.015', 'Reverse line movement needs a book''s price on the public side to lengthen by at least this much implied probability from its open.'),
  ('signals.rlm_min_books', '2', 'Reverse line movement needs at least this many bettable books to have moved against the public side.'),
  ('signals.feature_cutoff_minutes', '30', 'Features are computed from information known this many minutes before first pitch.')
) AS s(k, v, d);

CREATE TABLE pipeline.dirty_dates (
  game_date date PRIMARY KEY,
  marked_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
COMMENT ON TABLE pipeline.dirty_dates IS 'New York dates whose staging rows changed since curated was last rebuilt; drained by curated.refresh_dirty_dates().';
COMMENT ON COLUMN pipeline.dirty_dates.game_date IS 'The date to rebuild.';
COMMENT ON COLUMN pipeline.dirty_dates.marked_at IS 'When it was first marked.';

CREATE FUNCTION pipeline.mark_dates_dirty() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pipeline, staging
AS $$
BEGIN
  INSERT INTO pipeline.dirty_dates (game_date)
  SELECT DISTINCT g.game_date FROM changed_rows c JOIN staging.games g ON g.game_id = c.game_id
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION pipeline.mark_dates_dirty() IS 'Statement trigger on staging tables: marks the New York dates of changed rows for a curated rebuild.';

CREATE TRIGGER mark_dates_dirty_insert AFTER INSERT ON staging.games REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pipeline.mark_dates_dirty();
CREATE TRIGGER mark_dates_dirty_update AFTER UPDATE ON staging.games REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pipeline.mark_dates_dirty();
CREATE TRIGGER mark_dates_dirty_insert AFTER INSERT ON staging.betting_lines REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pipeline.mark_dates_dirty();
CREATE TRIGGER mark_dates_dirty_insert AFTER INSERT ON staging.betting_splits REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pipeline.mark_dates_dirty();

CREATE TABLE curated.enhanced_games (
  game_id bigint PRIMARY KEY REFERENCES staging.games (game_id) ON DELETE CASCADE,
  game_pk int,
  game_date date NOT NULL,
  season int NOT NULL,
  start_time timestamptz,
  home_team text NOT NULL,
  away_team text NOT NULL,
  game_number smallint NOT NULL,
  status text NOT NULL,
  home_score int,
  away_score int,
  total_runs int,
  winner text CHECK (winner IN ('home', 'away')),
  home_margin int,
  has_result boolean NOT NULL,
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  CHECK (has_result = (status = 'final' AND home_score IS NOT NULL AND away_score IS NOT NULL))
);
CREATE INDEX enhanced_games_date_idx ON curated.enhanced_games (game_date);
COMMENT ON TABLE curated.enhanced_games IS 'Each game with its result per market: winner (moneyline), total runs (totals), home margin (run line: home covers -1.5 when the margin is 2 or more). Postponed and cancelled games carry no result.';
COMMENT ON COLUMN curated.enhanced_games.game_id IS 'staging.games id.';
COMMENT ON COLUMN curated.enhanced_games.game_pk IS 'MLB gamePk when known.';
COMMENT ON COLUMN curated.enhanced_games.game_date IS 'New York date of first pitch.';
COMMENT ON COLUMN curated.enhanced_games.season IS 'Season (year of the game date).';
COMMENT ON COLUMN curated.enhanced_games.start_time IS 'Scheduled first pitch.';
COMMENT ON COLUMN curated.enhanced_games.home_team IS 'Home club.';
COMMENT ON COLUMN curated.enhanced_games.away_team IS 'Away club.';
COMMENT ON COLUMN curated.enhanced_games.game_number IS '2 for the second game of a doubleheader.';
COMMENT ON COLUMN curated.enhanced_games.status IS 'Status from staging.';
COMMENT ON COLUMN curated.enhanced_games.home_score IS 'Home runs (final games only).';
COMMENT ON COLUMN curated.enhanced_games.away_score IS 'Away runs (final games only).';
COMMENT ON COLUMN curated.enhanced_games.total_runs IS 'Home + away runs (final games only).';
COMMENT ON COLUMN curated.enhanced_games.winner IS 'home or away (final games only).';
COMMENT ON COLUMN curated.enhanced_games.home_margin IS 'Home runs minus away runs (final games only).';
COMMENT ON COLUMN curated.enhanced_games.has_result IS 'True for final games with both scores: bets on other games are void.';
COMMENT ON COLUMN curated.enhanced_games.raw_table IS 'Raw table that set the game''s status (lineage).';
COMMENT ON COLUMN curated.enhanced_games.raw_id IS 'Raw row that set it.';
COMMENT ON COLUMN curated.enhanced_games.pipeline_run_id IS 'Curated run that wrote the row.';

CREATE TABLE curated.betting_lines_enhanced (
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  sportsbook_id int NOT NULL REFERENCES staging.sportsbooks (sportsbook_id),
  market text NOT NULL,
  side text NOT NULL,
  is_bettable boolean NOT NULL,
  open_line numeric(5, 1),
  open_price int,
  open_at timestamptz,
  close_line numeric(5, 1),
  close_price int,
  close_at timestamptz,
  latest_line numeric(5, 1),
  latest_price int,
  latest_at timestamptz,
  line_move numeric(5, 1),
  implied_probability_move numeric,
  close_overround numeric,
  close_hold numeric,
  close_fair_probability numeric,
  close_fair_probability_additive numeric,
  observations int NOT NULL,
  close_line_id bigint,
  raw_table text,
  raw_id bigint,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  PRIMARY KEY (game_id, sportsbook_id, market, side)
);
COMMENT ON TABLE curated.betting_lines_enhanced IS 'Per game, book, market and side: opening, closing (last pre-game price before first pitch) and latest line and price, the move from open to close, and the book''s closing overround, hold and no-vig fair probability (multiplicative and additive) against its other side. Observations of the same book from several sources are merged in time order.';
COMMENT ON COLUMN curated.betting_lines_enhanced.game_id IS 'The game.';
COMMENT ON COLUMN curated.betting_lines_enhanced.sportsbook_id IS 'The book.';
COMMENT ON COLUMN curated.betting_lines_enhanced.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN curated.betting_lines_enhanced.side IS 'home, away, over or under.';
COMMENT ON COLUMN curated.betting_lines_enhanced.is_bettable IS 'False for consensus and opening-line pseudo-books.';
COMMENT ON COLUMN curated.betting_lines_enhanced.open_line IS 'Points at the open (NULL for moneylines).';
COMMENT ON COLUMN curated.betting_lines_enhanced.open_price IS 'American price at the open (first pre-game observation, or SBRO open).';
COMMENT ON COLUMN curated.betting_lines_enhanced.open_at IS 'When the open was observed (NULL for SBRO).';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_line IS 'Points at the close.';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_price IS 'American price at the close: the last observation before first pitch (SBRO close).';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_at IS 'When the close was observed.';
COMMENT ON COLUMN curated.betting_lines_enhanced.latest_line IS 'Points at the latest observation (may be in-play).';
COMMENT ON COLUMN curated.betting_lines_enhanced.latest_price IS 'American price at the latest observation.';
COMMENT ON COLUMN curated.betting_lines_enhanced.latest_at IS 'When the latest was observed.';
COMMENT ON COLUMN curated.betting_lines_enhanced.line_move IS 'close_line - open_line.';
COMMENT ON COLUMN curated.betting_lines_enhanced.implied_probability_move IS 'Implied probability at close minus at open: positive means the side shortened.';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_overround IS 'Sum of both sides'' closing implied probabilities minus 1, for this book.';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_hold IS 'The book''s closing hold, 1 - 1 / (sum of implied probabilities).';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_fair_probability IS 'No-vig closing probability of the side, multiplicative method.';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_fair_probability_additive IS 'No-vig closing probability of the side, additive method (equals Shin for two-way markets).';
COMMENT ON COLUMN curated.betting_lines_enhanced.observations IS 'How many price observations the row summarises.';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_line_id IS 'staging.betting_lines id of the closing observation (lineage).';
COMMENT ON COLUMN curated.betting_lines_enhanced.raw_table IS 'Raw table of the closing observation.';
COMMENT ON COLUMN curated.betting_lines_enhanced.raw_id IS 'Raw row of the closing observation.';
COMMENT ON COLUMN curated.betting_lines_enhanced.pipeline_run_id IS 'Curated run that wrote the row.';

CREATE TABLE curated.market_consensus (
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  market text NOT NULL,
  side text NOT NULL,
  books int NOT NULL,
  consensus_close_line numeric(5, 1),
  close_fair_probability numeric,
  close_fair_probability_additive numeric,
  open_fair_probability numeric,
  fair_probability_move numeric,
  book_dispersion numeric,
  best_close_price int,
  best_close_sportsbook_id int,
  best_pregame_price int,
  best_pregame_sportsbook_id int,
  best_pregame_at timestamptz,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  PRIMARY KEY (game_id, market, side)
);
COMMENT ON TABLE curated.market_consensus IS 'Market consensus per game, market and side across bettable books: no-vig fair probabilities averaged in probability space (never as American odds), their move from open, the spread between books, and the best prices on offer at the close and at any moment before first pitch. Spreads and totals use only books at the consensus line.';
COMMENT ON COLUMN curated.market_consensus.game_id IS 'The game.';
COMMENT ON COLUMN curated.market_consensus.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN curated.market_consensus.side IS 'home, away, over or under.';
COMMENT ON COLUMN curated.market_consensus.books IS 'Bettable books with both sides at the close (at the consensus line).';
COMMENT ON COLUMN curated.market_consensus.consensus_close_line IS 'Most common closing line of the side across books (NULL for moneylines).';
COMMENT ON COLUMN curated.market_consensus.close_fair_probability IS 'Mean of the books'' multiplicative no-vig closing probabilities.';
COMMENT ON COLUMN curated.market_consensus.close_fair_probability_additive IS 'Mean of the books'' additive (= Shin, two-way) no-vig closing probabilities.';
COMMENT ON COLUMN curated.market_consensus.open_fair_probability IS 'Mean multiplicative no-vig probability at the books'' opens.';
COMMENT ON COLUMN curated.market_consensus.fair_probability_move IS 'close_fair_probability - open_fair_probability.';
COMMENT ON COLUMN curated.market_consensus.book_dispersion IS 'Standard deviation of the books'' closing fair probabilities: book disagreement.';
COMMENT ON COLUMN curated.market_consensus.best_close_price IS 'Best (highest payout) closing American price among bettable books.';
COMMENT ON COLUMN curated.market_consensus.best_close_sportsbook_id IS 'Book offering it.';
COMMENT ON COLUMN curated.market_consensus.best_pregame_price IS 'Best American price any bettable book offered before first pitch (at the consensus line).';
COMMENT ON COLUMN curated.market_consensus.best_pregame_sportsbook_id IS 'Book offering it.';
COMMENT ON COLUMN curated.market_consensus.best_pregame_at IS 'When it was offered.';
COMMENT ON COLUMN curated.market_consensus.pipeline_run_id IS 'Curated run that wrote the row.';

CREATE TABLE curated.movement_analysis (
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  market text NOT NULL,
  side text NOT NULL,
  movement_type text NOT NULL CHECK (movement_type IN ('steam', 'reverse_line_movement')),
  detected_at timestamptz NOT NULL,
  size numeric NOT NULL,
  books int NOT NULL,
  sportsbook_ids int[] NOT NULL,
  first_mover_sportsbook_id int,
  public_ticket_percent numeric,
  details jsonb NOT NULL DEFAULT '{}',
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  PRIMARY KEY (game_id, market, side, movement_type, detected_at)
);
COMMENT ON TABLE curated.movement_analysis IS 'Steam moves (at least signals.steam_min_books bettable books moving the same side the same way by signals.steam_min_probability_move within signals.steam_window_minutes; first mover recorded) and reverse line movements (at least signals.rlm_min_books books lengthening the side holding at least signals.rlm_min_ticket_percent of tickets by signals.rlm_min_probability_move from their opens). side is the side the market moved toward; detected_at never precedes the data it rests on.';
COMMENT ON COLUMN curated.movement_analysis.game_id IS 'The game.';
COMMENT ON COLUMN curated.movement_analysis.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN curated.movement_analysis.side IS 'The side the move favoured (shortened).';
COMMENT ON COLUMN curated.movement_analysis.movement_type IS 'steam or reverse_line_movement.';
COMMENT ON COLUMN curated.movement_analysis.detected_at IS 'When it became known: the last qualifying book move of a steam; for RLM the first book move that took the line past the threshold while the public was on the other side.';
COMMENT ON COLUMN curated.movement_analysis.size IS 'Average implied probability shift toward the side (steam), or the public side''s average lengthening at the books'' threshold crossings (RLM).';
COMMENT ON COLUMN curated.movement_analysis.books IS 'Books that moved.';
COMMENT ON COLUMN curated.movement_analysis.sportsbook_ids IS 'Those books.';
COMMENT ON COLUMN curated.movement_analysis.first_mover_sportsbook_id IS 'The book that moved first (steam).';
COMMENT ON COLUMN curated.movement_analysis.public_ticket_percent IS 'Share of tickets on the public side (RLM).';
COMMENT ON COLUMN curated.movement_analysis.details IS 'The moves: book, from, to, when.';
COMMENT ON COLUMN curated.movement_analysis.pipeline_run_id IS 'Curated run that wrote the row.';

CREATE TABLE curated.betting_analysis (
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  market text NOT NULL,
  side text NOT NULL,
  signal text NOT NULL CHECK (signal IN ('sharp_action', 'reverse_line_movement', 'steam', 'fade_the_public',
                                         'book_disagreement', 'arbitrage')),
  known_at timestamptz NOT NULL,
  strength numeric,
  details jsonb NOT NULL DEFAULT '{}',
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  PRIMARY KEY (game_id, market, side, signal)
);
COMMENT ON TABLE curated.betting_analysis IS 'The signals a user acts on, per game, market and side, each with the time it became known (so backtests use no information from after it): sharp_action (money % - bets % tier >= 1, strength = tier), reverse_line_movement, steam, fade_the_public (the side opposite >= signals.rlm_min_ticket_percent of tickets), book_disagreement (closing fair probabilities spread > 0.02), arbitrage (best prices'' implied probabilities sum below 1).';
COMMENT ON COLUMN curated.betting_analysis.game_id IS 'The game.';
COMMENT ON COLUMN curated.betting_analysis.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN curated.betting_analysis.side IS 'The side the signal points to.';
COMMENT ON COLUMN curated.betting_analysis.signal IS 'Signal name.';
COMMENT ON COLUMN curated.betting_analysis.known_at IS 'First time the signal could have been known.';
COMMENT ON COLUMN curated.betting_analysis.strength IS 'Tier, probability move, or dispersion, by signal.';
COMMENT ON COLUMN curated.betting_analysis.details IS 'What the signal rests on.';
COMMENT ON COLUMN curated.betting_analysis.pipeline_run_id IS 'Curated run that wrote the row.';

CREATE TABLE curated.strategies (
  strategy_key text PRIMARY KEY CHECK (strategy_key ~ '^[a-z][a-z0-9_]*$'),
  description text NOT NULL,
  signal text NOT NULL CHECK (signal IN ('every_game', 'favourite', 'sharp_action', 'reverse_line_movement', 'steam',
                                         'fade_the_public')),
  market text NOT NULL CHECK (market IN ('moneyline', 'spread', 'total')),
  side_rule text NOT NULL CHECK (side_rule IN ('home', 'away', 'over', 'under', 'favourite', 'signal_side')),
  bet_timing text NOT NULL CHECK (bet_timing IN ('close', 'signal')),
  parameters jsonb NOT NULL DEFAULT '{}',
  is_active boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE curated.strategies IS 'Strategies as rows: which signal, market and side, and when the bet is placed (at the close, or when the signal became known at the best bettable price then). Add a row to backtest a new one (docs/curated.md).';
COMMENT ON COLUMN curated.strategies.strategy_key IS 'Strategy name.';
COMMENT ON COLUMN curated.strategies.description IS 'What it bets.';
COMMENT ON COLUMN curated.strategies.signal IS 'every_game and favourite are baselines; the others read curated.betting_analysis.';
COMMENT ON COLUMN curated.strategies.market IS 'Market bet.';
COMMENT ON COLUMN curated.strategies.side_rule IS 'A fixed side, the closing favourite, or the side the signal points to.';
COMMENT ON COLUMN curated.strategies.bet_timing IS 'close: best bettable closing price; signal: best bettable price at known_at.';
COMMENT ON COLUMN curated.strategies.parameters IS 'Extra conditions, e.g. {"min_strength": 2}.';
COMMENT ON COLUMN curated.strategies.is_active IS 'Inactive strategies are not backtested.';

INSERT INTO curated.strategies (strategy_key, description, signal, market, side_rule, bet_timing, parameters) VALUES
  ('home_moneyline_at_close', 'Every home moneyline at the best closing price.', 'every_game', 'moneyline', 'home', 'close', '{}'),
  ('favourite_moneyline_at_close', 'Every closing moneyline favourite.', 'favourite', 'moneyline', 'favourite', 'close', '{}'),
  ('under_at_close', 'Every under at the closing consensus total.', 'every_game', 'total', 'under', 'close', '{}'),
  ('follow_steam_moneyline', 'The side a moneyline steam move favoured, at the best price right after it.', 'steam', 'moneyline', 'signal_side', 'signal', '{}'),
  ('follow_rlm_moneyline', 'The side a moneyline reverse line movement favoured, when it became known.', 'reverse_line_movement', 'moneyline', 'signal_side', 'signal', '{}'),
  ('follow_sharp_money_moneyline', 'The side with sharp action tier 2 or more, when the split showed it.', 'sharp_action', 'moneyline', 'signal_side', 'signal', '{"min_strength": 2}'),
  ('fade_public_moneyline', 'Against a moneyline side holding 60%+ of tickets, at the close.', 'fade_the_public', 'moneyline', 'signal_side', 'close', '{}');

CREATE TABLE curated.strategy_results (
  strategy_key text NOT NULL REFERENCES curated.strategies (strategy_key) ON DELETE CASCADE,
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  game_date date NOT NULL,
  season int NOT NULL,
  market text NOT NULL,
  side text NOT NULL,
  bet_at timestamptz,
  sportsbook_id int REFERENCES staging.sportsbooks (sportsbook_id),
  line numeric(5, 1),
  american_price int NOT NULL,
  result text NOT NULL CHECK (result IN ('win', 'loss', 'push', 'void')),
  profit_units numeric NOT NULL,
  closing_fair_probability numeric,
  closing_line_value numeric,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  PRIMARY KEY (strategy_key, game_id, market, side)
);
CREATE INDEX strategy_results_date_idx ON curated.strategy_results (game_date);
COMMENT ON TABLE curated.strategy_results IS 'One graded bet per strategy and qualifying decided game (final, postponed or cancelled; undecided games are pending and absent): the price actually available when the strategy bets (never an assumed -110), win/loss/push/void against the final score, profit in units for a 1-unit stake, and closing line value against the no-vig consensus close (positive = beat the close).';
COMMENT ON COLUMN curated.strategy_results.strategy_key IS 'The strategy.';
COMMENT ON COLUMN curated.strategy_results.game_id IS 'The game.';
COMMENT ON COLUMN curated.strategy_results.game_date IS 'New York date.';
COMMENT ON COLUMN curated.strategy_results.season IS 'Season.';
COMMENT ON COLUMN curated.strategy_results.market IS 'Market bet.';
COMMENT ON COLUMN curated.strategy_results.side IS 'Side bet.';
COMMENT ON COLUMN curated.strategy_results.bet_at IS 'When the price was taken (the close time, or the signal time); NULL for untimed SBRO closes.';
COMMENT ON COLUMN curated.strategy_results.sportsbook_id IS 'Book whose price was taken.';
COMMENT ON COLUMN curated.strategy_results.line IS 'The side''s line taken (run line or total).';
COMMENT ON COLUMN curated.strategy_results.american_price IS 'The American price taken.';
COMMENT ON COLUMN curated.strategy_results.result IS 'win, loss, push, or void (no result: postponed, cancelled, suspended).';
COMMENT ON COLUMN curated.strategy_results.profit_units IS 'Profit of a 1-unit stake at american_price (0 for push and void).';
COMMENT ON COLUMN curated.strategy_results.closing_fair_probability IS 'Consensus no-vig closing probability of the side.';
COMMENT ON COLUMN curated.strategy_results.closing_line_value IS 'decimal(price taken) * closing fair probability - 1; positive means the bet beat the close.';
COMMENT ON COLUMN curated.strategy_results.pipeline_run_id IS 'Curated run that wrote the row.';

CREATE VIEW curated.profitability_metrics AS
WITH bets AS (
  SELECT r.*, to_char(r.game_date, 'YYYY-MM') AS month FROM curated.strategy_results r
)
SELECT strategy_key, season, month, market,
       count(*) FILTER (WHERE result <> 'void') AS bets,
       count(*) FILTER (WHERE result = 'win') AS wins,
       count(*) FILTER (WHERE result = 'loss') AS losses,
       count(*) FILTER (WHERE result = 'push') AS pushes,
       count(*) FILTER (WHERE result = 'void') AS voids,
       round(count(*) FILTER (WHERE result = 'win')::numeric
             / nullif(count(*) FILTER (WHERE result IN ('win', 'loss')), 0), 4) AS win_rate,
       round(sum(profit_units), 4) AS units,
       round(sum(profit_units) / nullif(count(*) FILTER (WHERE result IN ('win', 'loss', 'push')), 0), 4) AS roi,
       round(avg(closing_line_value) FILTER (WHERE result <> 'void'), 4) AS average_clv,
       round(avg(profit_units) FILTER (WHERE result <> 'void')
             - 1.96 * stddev_samp(profit_units) FILTER (WHERE result <> 'void')
               / sqrt(nullif(count(*) FILTER (WHERE result <> 'void'), 0))::numeric, 4) AS roi_ci95_low,
       round(avg(profit_units) FILTER (WHERE result <> 'void')
             + 1.96 * stddev_samp(profit_units) FILTER (WHERE result <> 'void')
               / sqrt(nullif(count(*) FILTER (WHERE result <> 'void'), 0))::numeric, 4) AS roi_ci95_high
  FROM bets
 GROUP BY GROUPING SETS ((strategy_key, season, market), (strategy_key, season, month, market));
COMMENT ON VIEW curated.profitability_metrics IS 'Per strategy, season (month NULL) and season-month, and market: bets (voids excluded), wins, losses, pushes, win rate (pushes excluded), units won at the odds taken, ROI on amount risked (1 unit per non-void bet), average CLV, and a 95% confidence interval for ROI (normal approximation of the mean profit per bet).';
COMMENT ON COLUMN curated.profitability_metrics.strategy_key IS 'Strategy.';
COMMENT ON COLUMN curated.profitability_metrics.season IS 'Season.';
COMMENT ON COLUMN curated.profitability_metrics.month IS 'YYYY-MM, or NULL for the season total.';
COMMENT ON COLUMN curated.profitability_metrics.market IS 'Market.';
COMMENT ON COLUMN curated.profitability_metrics.bets IS 'Bets with action (wins + losses + pushes).';
COMMENT ON COLUMN curated.profitability_metrics.wins IS 'Wins.';
COMMENT ON COLUMN curated.profitability_metrics.losses IS 'Losses.';
COMMENT ON COLUMN curated.profitability_metrics.pushes IS 'Pushes (stake returned).';
COMMENT ON COLUMN curated.profitability_metrics.voids IS 'Voided bets (no action), not counted in bets.';
COMMENT ON COLUMN curated.profitability_metrics.win_rate IS 'wins / (wins + losses).';
COMMENT ON COLUMN curated.profitability_metrics.units IS 'Total profit in units.';
COMMENT ON COLUMN curated.profitability_metrics.roi IS 'units / bets: return on amount risked.';
COMMENT ON COLUMN curated.profitability_metrics.average_clv IS 'Mean closing line value.';
COMMENT ON COLUMN curated.profitability_metrics.roi_ci95_low IS 'Lower end of the 95% interval for ROI.';
COMMENT ON COLUMN curated.profitability_metrics.roi_ci95_high IS 'Upper end of the 95% interval for ROI.';

GRANT SELECT ON curated.profitability_metrics TO mlb_analyst;

COMMIT;
