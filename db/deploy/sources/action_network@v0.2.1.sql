-- Deploy mlb:sources/action_network (reworked after v0.2.0)
-- A history point keeps a time that is not a real instant as NULL (staging rejects it with a reason) instead of failing every read.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Shared by the history parser; one row per point of every outcome.
CREATE OR REPLACE FUNCTION raw_data.action_network_history_points(payload jsonb)
RETURNS TABLE (book_text text, market text, side_text text, line_text text, price_text text, observed_at timestamptz)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT b.key, m.key, o.outcome->>'side', h.point->>'value', h.point->>'odds', raw_data.iso_time(h.point->>'updated_at')
    FROM jsonb_each(raw_data.json_object_or_empty(payload)) AS b(key, value)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) AS m(key, value)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.value)) AS o(outcome)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(o.outcome->'history')) AS h(point)
$$;
COMMENT ON FUNCTION raw_data.action_network_history_points(jsonb) IS 'Every point of every outcome of an Action Network line history payload, as stated: book id, market key, side, value, odds, updated_at. A point whose updated_at is missing or not a real instant has observed_at NULL (staging quarantines it as invalid_observed_at).';

COMMIT;
