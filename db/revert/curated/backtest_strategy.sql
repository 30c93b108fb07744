-- Revert mlb:curated/backtest_strategy (reworked after v0.3.0): the backtest with its caller's rights again.
-- The released file creates its trigger with a bare CREATE TRIGGER, so the trigger goes first, and the
-- analyst's right to call it, in the same transaction.
BEGIN;
DROP TRIGGER backtest_changed_strategy ON curated.strategies;
REVOKE EXECUTE ON FUNCTION curated.backtest_strategy(text) FROM mlb_analyst;
SET LOCAL client_min_messages = error;  -- the released file's own BEGIN only warns
\ir ../../deploy/curated/backtest_strategy@v0.3.0.sql
