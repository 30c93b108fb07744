-- Revert mlb:sources/action_network (reworked after v0.2.3): back to the v0.2.3 parsers
-- The v0.2.3 history parser reads its points through action_network_history_points,
-- which this rework dropped: it comes back first, as v0.2.3 had it.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE FUNCTION raw_data.action_network_history_points(payload jsonb)
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

-- The v0.2.3 version of the rest, exactly as its own deploy script wrote it (psql
-- includes it relative to this file), rather than a second copy of it here.
\ir ../../deploy/sources/action_network@v0.2.3.sql

BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.action_network_outcome_points(jsonb);
COMMIT;
