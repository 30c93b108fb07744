-- Verify mlb:pipeline/raise_signal_alerts
BEGIN;
SELECT 1 / count(*)::int FROM pg_trigger WHERE tgname = 'raise_signal_alerts' AND tgrelid = 'curated.betting_analysis'::regclass;
ROLLBACK;
