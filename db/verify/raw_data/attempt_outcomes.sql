-- Verify mlb:raw_data/attempt_outcomes
BEGIN;
SELECT 1/count(*) FROM raw_data.attempt_outcomes WHERE outcome = 'too_large' AND kind = 'failed';
ROLLBACK;
