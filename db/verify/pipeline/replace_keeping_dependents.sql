-- Verify mlb:pipeline/replace_keeping_dependents
BEGIN;
SELECT 'pipeline.replace_keeping_dependents(regclass, text)'::regprocedure;
ROLLBACK;
