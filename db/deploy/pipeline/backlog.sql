-- Deploy mlb:pipeline/backlog
-- What waits per zone.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.backlog AS
WITH waiting AS (
  SELECT 'staging'::text AS zone, count(*) AS waiting, min(queued_at) AS oldest_waiting_since,
         pipeline.setting_enabled('pipeline.staging_enabled') AS zone_enabled
    FROM pipeline.promotion_queue
  UNION ALL
  SELECT 'curated', count(DISTINCT game_date), min(marked_at), pipeline.setting_enabled('pipeline.curated_enabled')
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
COMMENT ON VIEW pipeline.backlog IS 'Work waiting per zone: raw rows queued for staging, New York dates waiting for a curated rebuild, and whether the zone is enabled.';
COMMENT ON COLUMN pipeline.backlog.zone IS 'staging or curated.';
COMMENT ON COLUMN pipeline.backlog.waiting IS 'Raw rows (staging) or dates (curated) waiting.';
COMMENT ON COLUMN pipeline.backlog.oldest_waiting_since IS 'When the oldest waiting item was queued.';
COMMENT ON COLUMN pipeline.backlog.zone_enabled IS 'False when the zone is switched off in pipeline.settings: nothing is promoted.';
GRANT SELECT ON pipeline.backlog TO mlb_analyst;
COMMENT ON COLUMN pipeline.backlog.alert IS 'Why the zone needs attention, or NULL: disabled with work waiting, or the oldest item waiting longer than pipeline.backlog_alert_minutes (10) while enabled.';

COMMIT;
