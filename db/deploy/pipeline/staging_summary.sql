-- Deploy mlb:pipeline/staging_summary
-- Staging row counts in one row.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.staging_summary AS
SELECT (SELECT count(*) FROM staging.games) AS games,
       (SELECT count(*) FROM staging.games WHERE game_pk IS NOT NULL) AS scheduled_games,
       (SELECT count(*) FROM staging.betting_lines) AS price_observations,
       (SELECT count(*) FROM staging.betting_splits) AS splits,
       (SELECT count(*) FROM staging.validation_results WHERE severity = 'reject') AS quarantined,
       (SELECT count(*) FROM pipeline.promotion_queue) AS queued;
COMMENT ON VIEW pipeline.staging_summary IS 'What staging holds now, in one row: games (and those the MLB schedule knows), price observations, splits, quarantined records and raw rows waiting in the queue.';
COMMENT ON COLUMN pipeline.staging_summary.games IS 'Rows of staging.games.';
COMMENT ON COLUMN pipeline.staging_summary.scheduled_games IS 'Games with an MLB gamePk.';
COMMENT ON COLUMN pipeline.staging_summary.price_observations IS 'Rows of staging.betting_lines.';
COMMENT ON COLUMN pipeline.staging_summary.splits IS 'Rows of staging.betting_splits.';
COMMENT ON COLUMN pipeline.staging_summary.quarantined IS 'Rejected records in staging.validation_results.';
COMMENT ON COLUMN pipeline.staging_summary.queued IS 'Raw rows waiting in pipeline.promotion_queue.';
GRANT SELECT ON pipeline.staging_summary TO mlb_analyst;

COMMIT;
