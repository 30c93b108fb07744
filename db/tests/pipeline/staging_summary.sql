-- pgTAP: pipeline.staging_summary (staging row counts in one row).
BEGIN;
SELECT plan(5);

SELECT has_view('pipeline', 'staging_summary', 'pipeline.staging_summary exists');
SELECT columns_are('pipeline', 'staging_summary', ARRAY['games', 'scheduled_games', 'price_observations', 'splits', 'quarantined', 'queued'], 'pipeline.staging_summary has exactly its documented columns');
SELECT ok(has_table_privilege('mlb_analyst', 'pipeline.staging_summary', 'SELECT'), 'the analyst may read pipeline.staging_summary');
SELECT is((SELECT games FROM pipeline.staging_summary), (SELECT count(*) FROM staging.games), 'games counted');
SELECT is((SELECT queued FROM pipeline.staging_summary), (SELECT count(*) FROM pipeline.promotion_queue), 'queue counted');

SELECT * FROM finish();
ROLLBACK;
