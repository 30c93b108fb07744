-- pgTAP: the contract of change pipeline/signal_alerts.
BEGIN;
SELECT plan(4);

SELECT has_table('pipeline', 'signal_alerts', 'pipeline.signal_alerts exists');
SELECT col_is_unique('pipeline', 'signal_alerts', ARRAY['game_id', 'market', 'side', 'signal'], 'one alert per signal, ever');
SELECT ok(has_table_privilege('mlb_analyst', 'pipeline.signal_alerts', 'SELECT'), 'the analyst reads the alerts');
SELECT ok(NOT has_table_privilege('mlb_analyst', 'pipeline.signal_alerts', 'INSERT'), 'but cannot make one');

SELECT * FROM finish();
ROLLBACK;
