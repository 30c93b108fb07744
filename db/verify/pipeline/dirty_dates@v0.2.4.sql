-- Verify mlb:pipeline/dirty_dates (reworked after v0.2.3): a mark per date and transaction.
BEGIN;
SELECT game_date, marked_at, marked_by FROM pipeline.dirty_dates WHERE false;
ROLLBACK;
