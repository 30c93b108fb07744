-- Revert mlb:curated/user_bet_report (reworked after v0.3.0): units in each bet's own stake again, and no unit size.
BEGIN;
DELETE FROM pipeline.settings WHERE key = 'bets.unit_size';
SET LOCAL client_min_messages = error;  -- the released file's own BEGIN only warns
\ir ../../deploy/curated/user_bet_report@v0.3.0.sql
