-- pgTAP: the contract of change curated/grade_bet (win, loss, push or void of a bet).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('curated', 'grade_bet', ARRAY['text', 'text', 'numeric', 'int', 'int', 'text']::name[], 'curated.grade_bet(text, text, numeric, int, int, text) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.grade_bet(text, text, numeric, int, int, text)'::regprocedure), false, 'curated.grade_bet is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.grade_bet(text, text, numeric, int, int, text)'::regprocedure), 'mlb_owner', 'curated.grade_bet is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
