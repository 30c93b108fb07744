-- pgTAP: the contract of change curated/market_consensus (consensus across bettable books).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('curated', 'market_consensus', 'curated.market_consensus exists');
SELECT columns_are('curated', 'market_consensus', ARRAY['game_id', 'market', 'side', 'books', 'consensus_close_line', 'close_fair_probability', 'close_fair_probability_additive', 'open_fair_probability', 'fair_probability_move', 'book_dispersion', 'best_close_price', 'best_close_sportsbook_id', 'best_pregame_price', 'best_pregame_sportsbook_id', 'best_pregame_at', 'pipeline_run_id'], 'curated.market_consensus has exactly its documented columns');
SELECT table_owner_is('curated', 'market_consensus', 'mlb_owner', 'curated.market_consensus is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
