-- Revert mlb:curated/rebuild
BEGIN;

SELECT cron.unschedule('mlb-curated-reconcile');
SELECT cron.unschedule('mlb-curated-refresh');
DROP FUNCTION curated.reconcile_recent_days(int);
DROP FUNCTION curated.refresh_dirty_dates();
DROP FUNCTION curated.rebuild(date);
DROP FUNCTION curated.rebuild_dates(date[]);
DROP FUNCTION curated.opposite_side(text);

COMMIT;
