-- Deploy mlb:pipeline/backlog (reworked after v0.2.0)
-- A queue that is not draining is an alert, not just a number.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.backlog AS
WITH waiting AS (
  SELECT 'staging'::text AS zone, count(*) AS waiting, min(queued_at) AS oldest_waiting_since,
         pipeline.setting_enabled('pipeline.staging_enabled') AS zone_enabled
    FROM pipeline.promotion_queue
  UNION ALL
  SELECT 'curated', count(*), min(marked_at), pipeline.setting_enabled('pipeline.curated_enabled')
    FROM pipeline.dirty_dates
)
SELECT w.zone, w.waiting, w.oldest_waiting_since, w.zone_enabled,
       CASE WHEN NOT w.zone_enabled AND w.waiting > 0
              THEN format('zone %s is disabled in pipeline.settings: %s waiting, nothing is promoted', w.zone, w.waiting)
            WHEN w.oldest_waiting_since < now() - make_interval(mins => coalesce(pipeline.setting_numeric('pipeline.backlog_alert_minutes'), 10)::int)
              THEN format('not draining: %s waiting, the oldest since %s (see pipeline.run_history and pipeline.cron_jobs())',
                          w.waiting, w.oldest_waiting_since)
       END AS alert
  FROM waiting w;
COMMENT ON COLUMN pipeline.backlog.alert IS 'Why the zone needs attention, or NULL: disabled with work waiting, or the oldest item waiting longer than pipeline.backlog_alert_minutes (10) while enabled.';

COMMIT;
