-- pgTAP: the contract of change curated/user_bet_report (its numbers: tests/curated/user_bet_results.sql).
BEGIN;
SELECT plan(2);

SELECT has_view('curated', 'user_bet_report', 'curated.user_bet_report exists');
SELECT ok(has_table_privilege('mlb_analyst', 'curated.user_bet_report', 'SELECT'), 'the analyst reads it');

SELECT * FROM finish();
ROLLBACK;
