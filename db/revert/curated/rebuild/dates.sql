-- Revert mlb:curated/rebuild/dates (reworked after v0.3.0): a rebuild leaves the dirty marks to the drain again.
\ir ../../../deploy/curated/rebuild/dates@v0.3.0.sql
