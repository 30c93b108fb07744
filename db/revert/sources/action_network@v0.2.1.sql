-- Revert mlb:sources/action_network from the rework: the v0.2.0 raw_data.action_network_history_points again
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Shared by the history parser; one row per point of every outcome.
CREATE OR REPLACE FUNCTION raw_data.action_network_history_points(payload jsonb)
RETURNS TABLE (book_text text, market text, side_text text, line_text text, price_text text, observed_at timestamptz)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT b.key, m.key, o.outcome->>'side', h.point->>'value', h.point->>'odds', (h.point->>'updated_at')::timestamptz
    FROM jsonb_each(raw_data.json_object_or_empty(payload)) AS b(key, value)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) AS m(key, value)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.value)) AS o(outcome)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(o.outcome->'history')) AS h(point)
   WHERE h.point->>'updated_at' ~ '^\d{4}-\d{2}-\d{2}'
$$;
COMMENT ON FUNCTION raw_data.action_network_history_points(jsonb) IS 'Every point of every outcome of an Action Network line history payload, as stated: book id, market key, side, value, odds, updated_at. Points without a time are left out.';

COMMIT;
