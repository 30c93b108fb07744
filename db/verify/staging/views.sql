-- Verify mlb:staging/views
BEGIN;

SELECT game_id, home_price, away_price FROM staging.moneylines WHERE false;
SELECT game_id, home_line, away_line FROM staging.spreads WHERE false;
SELECT game_id, total, over_price, under_price FROM staging.totals WHERE false;
SELECT game_id, previous_price, new_price, minutes_since_last_change FROM staging.line_movements WHERE false;
SELECT split_id, money_minus_bets, sharp_tier FROM staging.sharp_action_signals WHERE false;
SELECT source, entity, game_date, promoted, warned, rejected, success_rate FROM staging.validation_success_rate WHERE false;

ROLLBACK;
