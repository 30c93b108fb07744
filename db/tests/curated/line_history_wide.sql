-- pgTAP: the contract of change curated/line_history_wide (behaviour: tests/curated/line_history.sql).
BEGIN;
SELECT plan(2);

SELECT is((SELECT provolatile FROM pg_proc WHERE oid = 'curated.line_history_wide(bigint)'::regprocedure), 's', 'it is STABLE');
SELECT is_empty($$SELECT * FROM curated.line_history_wide(-1)$$, 'an unknown game has no rows');

SELECT * FROM finish();
ROLLBACK;
