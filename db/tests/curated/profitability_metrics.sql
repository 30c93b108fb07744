-- pgTAP: the contract of change curated/profitability_metrics (record, units, ROI per strategy and season).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_view('curated', 'profitability_metrics', 'curated.profitability_metrics exists');
SELECT columns_are('curated', 'profitability_metrics', ARRAY['strategy_key', 'season', 'month', 'market', 'bets', 'wins', 'losses', 'pushes', 'voids', 'win_rate', 'units', 'roi', 'average_clv', 'roi_ci95_low', 'roi_ci95_high', 'skipped', 'longest_losing_run', 'max_drawdown'], 'curated.profitability_metrics has exactly its documented columns');
SELECT view_owner_is('curated', 'profitability_metrics', 'mlb_owner', 'curated.profitability_metrics is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
