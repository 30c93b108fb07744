-- pgTAP: pipeline.check_setting_value: a setting is of its type and in its range, whoever sets it.
BEGIN;
SELECT plan(7);

SELECT throws_ok($$UPDATE pipeline.settings SET value = '"four"' WHERE key = 'signals.steam_min_books'$$, '23514',
  'signals.steam_min_books must be a whole number from 2 to 100, not "four"', 'a word is not a number of books');
SELECT throws_ok($$UPDATE pipeline.settings SET value = '0' WHERE key = 'signals.steam_min_books'$$, '23514', NULL,
  'zero books is out of range');
SELECT throws_ok($$UPDATE pipeline.settings SET value = '2.5' WHERE key = 'signals.steam_min_books'$$, '23514', NULL,
  'a count is whole');
SELECT throws_ok($$UPDATE pipeline.settings SET value = '"yes"' WHERE key = 'pipeline.auto_promotion'$$, '23514',
  'pipeline.auto_promotion must be true or false, not "yes"', 'a switch is true or false');
SELECT lives_ok($$UPDATE pipeline.settings SET value = '4' WHERE key = 'signals.steam_min_books'$$, 'four books is fine');
SELECT lives_ok($$UPDATE pipeline.settings SET value = '0.03' WHERE key = 'signals.steam_min_probability_move'$$, 'a number in range is fine');
SELECT is((SELECT count(*) FROM pipeline.settings WHERE value_type = 'number' AND min_value IS NULL AND max_value IS NULL), 0::bigint,
  'every shipped setting has a range or is a switch');

SELECT * FROM finish();
ROLLBACK;
