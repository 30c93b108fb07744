-- Revert mlb:sources/sbd from the rework: the v0.2.0 raw_data.sbd_splits again
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Its own aggregate splits, per market and side.
CREATE OR REPLACE FUNCTION raw_data.sbd_splits(p raw_data.payload) RETURNS SETOF raw_data.stated_split
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'sbd'::text, p.raw_table, p.raw_id, g.game->>'_id', NULL::text, m.key, s.key, NULL::text,
         s.value->>'betsPercentage', s.value->>'stakePercentage', s.value->>'bets',
         CASE WHEN m.value->>'updated' ~ '^\d{4}-' THEN (m.value->>'updated')::timestamptz ELSE p.fetched_at END
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) g(game)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(g.game->'bettingSplits')) m(key, value)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(m.value)) s(key, value)
   WHERE jsonb_typeof(s.value) = 'object'
$$;
COMMENT ON FUNCTION raw_data.sbd_splits(raw_data.payload) IS 'Splits of a SportsBettingDime payload: bettingSplits.{market}.{side} betsPercentage, stakePercentage and bets, observed at the market''s updated time (else fetch time).';

COMMIT;
