-- Verify mlb:curated/tables
BEGIN;

SELECT game_id, winner, total_runs, home_margin, has_result FROM curated.enhanced_games WHERE false;
SELECT game_id, open_price, close_price, latest_price, close_hold, close_fair_probability FROM curated.betting_lines_enhanced WHERE false;
SELECT game_id, close_fair_probability, best_close_price, best_pregame_price FROM curated.market_consensus WHERE false;
SELECT game_id, movement_type, detected_at, first_mover_sportsbook_id FROM curated.movement_analysis WHERE false;
SELECT game_id, signal, known_at FROM curated.betting_analysis WHERE false;
SELECT strategy_key, signal, bet_timing FROM curated.strategies WHERE false;
SELECT strategy_key, result, profit_units, closing_line_value FROM curated.strategy_results WHERE false;
SELECT strategy_key, bets, roi, roi_ci95_low FROM curated.profitability_metrics WHERE false;
SELECT game_date FROM pipeline.dirty_dates WHERE false;

ROLLBACK;
