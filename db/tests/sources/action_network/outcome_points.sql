-- pgTAP: raw_data.action_network_outcome_points: one outcome's history in, its points out.
BEGIN;
SELECT plan(2);

SELECT results_eq(
  $$SELECT line_text, price_text, observed_at, unreadable FROM raw_data.action_network_outcome_points('[{"odds": 120, "value": -1.5, "updated_at": "2024-04-01T12:00:00.000Z", "extra": 1}]')$$,
  $$VALUES ('-1.5', '120', '2024-04-01T12:00:00Z'::timestamptz, NULL::text)$$,
  'an outcome''s points: numbers as their text, extra fields ignored');
SELECT is((SELECT count(*)::int FROM raw_data.action_network_outcome_points('{"odds": 1}')), 0, 'a history that is not a list states no point');

SELECT * FROM finish();
ROLLBACK;
