-- Verify mlb:curated/game_board
BEGIN;
SELECT game_id, game_date, start_time, first_pitch_new_york, matchup, away_team, home_team, away_name, home_name,
       game_number, status, away_score, home_score, winner, away_fair_price, home_fair_price, home_fair_probability,
       best_away_price, best_away_book, best_home_price, best_home_book, home_run_line, best_home_run_line_price,
       best_home_run_line_book, best_away_run_line_price, best_away_run_line_book, total, over_fair_probability,
       best_over_price, best_over_book, best_under_price, best_under_book, signal_count, signals, bet_count,
       strategy_bets
  FROM curated.game_board WHERE false;
ROLLBACK;
