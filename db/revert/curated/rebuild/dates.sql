-- Revert mlb:curated/rebuild/dates (reworked after v0.2.4): back to dates only, no summary refresh
-- The two-argument function goes in the same transaction as the v0.2.4 version,
-- included exactly as its own deploy script wrote it (psql includes it relative
-- to this file; its BEGIN only warns that a transaction is in progress).
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.rebuild_dates(date[], bigint[]);
\ir ../../../deploy/curated/rebuild/dates@v0.2.4.sql
