-- Deploy mlb:sources/sbd/splits
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Its own aggregate splits, per market and side.
CREATE OR REPLACE FUNCTION raw_data.sbd_splits(p raw_data.payload) RETURNS SETOF raw_data.stated_split
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'sbd'::text, p.raw_table, p.raw_id, g.game->>'_id', NULL::text, m.key, s.key, NULL::text,
         s.value->>'betsPercentage', s.value->>'stakePercentage', s.value->>'bets',
         CASE WHEN nullif(m.value->>'updated', '') IS NULL THEN p.fetched_at ELSE raw_data.iso_time(m.value->>'updated') END
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) g(game)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(g.game->'bettingSplits')) m(key, value)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(m.value)) s(key, value)
   WHERE jsonb_typeof(s.value) = 'object'
$$;
COMMENT ON FUNCTION raw_data.sbd_splits(raw_data.payload) IS 'Splits of a SportsBettingDime payload: bettingSplits.{market}.{side} betsPercentage, stakePercentage and bets, observed at the market''s updated time when it states one (NULL when that is not a real instant), else at fetch time.';

COMMIT;
