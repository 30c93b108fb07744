-- Verify mlb:curated/signals_by_date
BEGIN;
SELECT game_date, game_id, start_time, matchup, signal, market, side, pick, known_at, minutes_before_first_pitch,
       strength, details, close_line, result
  FROM curated.signals_by_date WHERE false;
ROLLBACK;
