-- Verify mlb:pipeline/attempts_by_outcome
BEGIN;
SELECT source, outcome, attempts, last_started FROM pipeline.attempts_by_outcome WHERE false;
ROLLBACK;
