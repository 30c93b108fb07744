-- Deploy mlb:pipeline/alert_settings
-- What is announced as an alert: the switch, how old a signal may be when it is
-- found (so rebuilding history never alerts), and the thresholds of the two
-- signals that have a strength worth filtering.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO pipeline.settings (key, value, default_value, description, value_type, min_value, max_value)
SELECT k, v, v, d, t, lo, hi FROM (VALUES
  ('alerts.enabled', 'true'::jsonb, 'Announce new signals (steam, reverse line movement, sharp action, book disagreement) with NOTIFY mlb_signal_alerts.', 'boolean', NULL::numeric, NULL::numeric),
  ('alerts.max_age_minutes', '180', 'A signal found more than this many minutes after it became known (a backfill, a rebuild of old dates) is recorded in pipeline.signal_alerts but not announced.', 'integer', 1, 5256000),
  ('alerts.sharp_min_tier', '2', 'Sharp action is announced from this tier up (1 moderate, 2 strong, 3 very strong).', 'integer', 1, 3),
  ('alerts.book_disagreement_min', '0.03', 'Book disagreement is announced when the books'' closing fair probabilities spread (standard deviation) at least this much.', 'number', 0, 1)
) AS s(k, v, d, t, lo, hi);

COMMIT;
