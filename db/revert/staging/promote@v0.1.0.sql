-- Revert mlb:staging/promote
BEGIN;

SELECT cron.unschedule('mlb-staging-promote');
DROP FUNCTION staging.rebuild(date);
DROP FUNCTION staging.promote_scheduled();
DROP FUNCTION staging.promote(int);
DROP FUNCTION staging.match_batch_games(bigint, numeric);
DROP FUNCTION staging.promote_raw_rows(bigint);

COMMIT;
