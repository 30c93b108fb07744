-- Revert mlb:pipeline/backlog from the rework: the v0.2.0 version again
-- What waits per zone.
BEGIN;
SET LOCAL ROLE mlb_owner;

DROP VIEW pipeline.backlog;
CREATE VIEW pipeline.backlog AS
SELECT 'staging'::text AS zone, count(*) AS waiting, min(queued_at) AS oldest_waiting_since,
       pipeline.setting_enabled('pipeline.staging_enabled') AS zone_enabled
  FROM pipeline.promotion_queue
UNION ALL
SELECT 'curated', count(*), min(marked_at), pipeline.setting_enabled('pipeline.curated_enabled')
  FROM pipeline.dirty_dates;
COMMENT ON VIEW pipeline.backlog IS 'Work waiting per zone: raw rows queued for staging, New York dates waiting for a curated rebuild, and whether the zone is enabled.';
COMMENT ON COLUMN pipeline.backlog.zone IS 'staging or curated.';
COMMENT ON COLUMN pipeline.backlog.waiting IS 'Raw rows (staging) or dates (curated) waiting.';
COMMENT ON COLUMN pipeline.backlog.oldest_waiting_since IS 'When the oldest waiting item was queued.';
COMMENT ON COLUMN pipeline.backlog.zone_enabled IS 'False when the zone is switched off in pipeline.settings: nothing is promoted.';
GRANT SELECT ON pipeline.backlog TO mlb_analyst;

COMMIT;
