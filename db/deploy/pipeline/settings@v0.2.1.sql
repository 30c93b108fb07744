-- Deploy mlb:pipeline/settings (reworked after v0.2.0)
-- Settings added after v0.2.0, with their defaults and meaning.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO pipeline.settings (key, value, default_value, description)
SELECT k, v, v, d FROM (VALUES
  ('pipeline.backlog_alert_minutes', '10'::jsonb,
   'pipeline.backlog raises an alert when the oldest waiting item of an enabled zone is older than this many minutes.'),
  ('validation.max_days_ahead', '366',
   'A game dated more than this many days after the payload stating it was fetched is quarantined as game_date_out_of_range.')
) AS s(k, v, d)
ON CONFLICT (key) DO NOTHING;

COMMIT;
