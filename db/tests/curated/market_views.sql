-- pgTAP: the contract of change curated/market_views (curated.moneylines, spreads and totals).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(9);

SELECT has_view('curated', 'moneylines', 'curated.moneylines exists');
SELECT columns_are('curated', 'moneylines', ARRAY['game_id', 'sportsbook_id', 'book_key', 'is_bettable', 'home_open_price', 'away_open_price', 'home_close_price', 'away_close_price', 'home_latest_price', 'away_latest_price', 'close_at', 'home_implied_probability_move', 'close_hold', 'home_fair_probability', 'away_fair_probability', 'home_fair_probability_additive', 'consensus_home_fair_probability', 'best_home_close_price', 'best_away_close_price'], 'curated.moneylines has exactly its documented columns');
SELECT view_owner_is('curated', 'moneylines', 'mlb_owner', 'curated.moneylines is owned by mlb_owner');
SELECT has_view('curated', 'spreads', 'curated.spreads exists');
SELECT columns_are('curated', 'spreads', ARRAY['game_id', 'sportsbook_id', 'book_key', 'is_bettable', 'home_open_line', 'home_open_price', 'away_open_line', 'away_open_price', 'home_close_line', 'home_close_price', 'away_close_line', 'away_close_price', 'close_at', 'home_line_move', 'close_hold', 'home_fair_probability', 'consensus_home_fair_probability', 'consensus_home_line'], 'curated.spreads has exactly its documented columns');
SELECT view_owner_is('curated', 'spreads', 'mlb_owner', 'curated.spreads is owned by mlb_owner');
SELECT has_view('curated', 'totals', 'curated.totals exists');
SELECT columns_are('curated', 'totals', ARRAY['game_id', 'sportsbook_id', 'book_key', 'is_bettable', 'open_total', 'open_over_price', 'open_under_price', 'close_total', 'close_over_price', 'close_under_price', 'close_at', 'total_move', 'close_hold', 'over_fair_probability', 'consensus_over_fair_probability', 'consensus_total'], 'curated.totals has exactly its documented columns');
SELECT view_owner_is('curated', 'totals', 'mlb_owner', 'curated.totals is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
