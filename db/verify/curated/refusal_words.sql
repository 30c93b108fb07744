-- Verify mlb:curated/refusal_words
BEGIN;
SELECT 1 / (count(*) = 0)::int FROM pg_constraint
 WHERE conrelid IN ('curated.strategies'::regclass, 'curated.user_bets'::regclass) AND contype IN ('c', 'f')
   AND obj_description(oid, 'pg_constraint') IS NULL;
ROLLBACK;
