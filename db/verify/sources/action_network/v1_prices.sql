-- Verify mlb:sources/action_network/v1_prices (reworked after v0.3.0): team totals are stated.
BEGIN;
SELECT 1/count(*) FROM raw_data.action_network_v1_prices('{"type": "game", "home_total": 3.5, "home_over": 110}') WHERE market = 'home team total';
ROLLBACK;
