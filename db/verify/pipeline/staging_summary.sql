-- Verify mlb:pipeline/staging_summary
BEGIN;
SELECT games, scheduled_games, price_observations, splits, quarantined, queued FROM pipeline.staging_summary WHERE false;
ROLLBACK;
