-- pgTAP: curated.side_name_on names a side in the codes of the game's date.
BEGIN;
SELECT plan(1);
SELECT results_eq($$VALUES (curated.side_name_on('home', 'ATH', 'HOU', '2023-06-14')), (curated.side_name_on('home', 'ATH', 'HOU', '2025-06-14')),
                           (curated.side_name_on('away', 'ATH', 'HOU', '2023-06-14')), (curated.side_name_on('over', 'ATH', 'HOU', '2023-06-14'))$$,
  $$VALUES ('OAK'), ('ATH'), ('HOU'), ('Over')$$, 'the 2023 Athletics pick is OAK');
SELECT * FROM finish();
ROLLBACK;
