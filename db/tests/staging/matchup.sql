-- pgTAP: staging.matchup writes away @ home in the codes of the game's date.
BEGIN;
SELECT plan(1);
SELECT results_eq($$VALUES (staging.matchup('HOU', 'ATH', '2023-06-14')), (staging.matchup('HOU', 'ATH', '2025-06-14')), (staging.matchup('NYM', 'PHI', '2025-06-14'))$$,
  $$VALUES ('HOU @ OAK'), ('HOU @ ATH'), ('NYM @ PHI')$$, 'the home club in its season''s code');
SELECT * FROM finish();
ROLLBACK;
