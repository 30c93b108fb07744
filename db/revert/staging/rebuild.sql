-- Revert mlb:staging/rebuild (reworked after v0.3.0): a queued book catalogue waits for the next promotion again
\ir ../../deploy/staging/rebuild@v0.3.0.sql
