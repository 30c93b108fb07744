-- Revert mlb:curated/tables
BEGIN;

DROP VIEW curated.profitability_metrics;
DROP TABLE curated.strategy_results;
DROP TABLE curated.strategies;
DROP TABLE curated.betting_analysis;
DROP TABLE curated.movement_analysis;
DROP TABLE curated.market_consensus;
DROP TABLE curated.betting_lines_enhanced;
DROP TABLE curated.enhanced_games;
DROP TRIGGER mark_dates_dirty_insert ON staging.games;
DROP TRIGGER mark_dates_dirty_update ON staging.games;
DROP TRIGGER mark_dates_dirty_insert ON staging.betting_lines;
DROP TRIGGER mark_dates_dirty_insert ON staging.betting_splits;
DROP FUNCTION pipeline.mark_dates_dirty();
DROP TABLE pipeline.dirty_dates;
DELETE FROM pipeline.settings WHERE key IN ('signals.steam_min_books', 'signals.steam_min_probability_move',
  'signals.steam_window_minutes', 'signals.rlm_min_ticket_percent', 'signals.rlm_min_probability_move',
  'signals.feature_cutoff_minutes');

COMMIT;
