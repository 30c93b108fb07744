-- Verify mlb:sources/sbd/games (reworked after v0.3.0): a game not on its page's date is stated with its reason.
BEGIN;
SELECT 1/count(*) FROM raw_data.sbd_games(ROW('sbd_betting_splits', 1, '2025-06-13', now(), 200,
  '{"group": "2025-06-13", "games": [{"_id": "20250614.01-MLB-TB@BAL", "date": "2025-06-14T17:05:00.000Z"}]}')::raw_data.payload)
 WHERE problem = 'game_not_on_page_date';
ROLLBACK;
