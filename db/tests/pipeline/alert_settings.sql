-- pgTAP: the alert settings exist with their types and ranges.
BEGIN;
SELECT plan(3);

SELECT results_eq($$SELECT key, value_type FROM pipeline.settings WHERE key LIKE 'alerts.%' ORDER BY key$$,
  $$VALUES ('alerts.book_disagreement_min', 'number'), ('alerts.enabled', 'boolean'), ('alerts.max_age_minutes', 'integer'),
           ('alerts.sharp_min_tier', 'integer')$$, 'four alert settings, typed');
SELECT throws_ok($$UPDATE pipeline.settings SET value = '4' WHERE key = 'alerts.sharp_min_tier'$$, '23514', NULL,
  'a sharp tier above 3 is refused');
SELECT throws_ok($$UPDATE pipeline.settings SET value = '"yes"' WHERE key = 'alerts.enabled'$$, '23514', NULL,
  'the switch is a boolean');

SELECT * FROM finish();
ROLLBACK;
