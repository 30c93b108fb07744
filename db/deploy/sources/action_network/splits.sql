-- Deploy mlb:sources/action_network/splits
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Public betting: v2 bet_info of each outcome; v1 *_public (tickets) and *_money of each odds object.
CREATE OR REPLACE FUNCTION raw_data.action_network_splits(p raw_data.payload) RETURNS SETOF raw_data.stated_split
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'action_network'::text, p.raw_table, p.raw_id, g.game->>'id', b.key, m.key, o.outcome->>'side', NULL::text,
         o.outcome->'bet_info'->'tickets'->>'percent', o.outcome->'bet_info'->'money'->>'percent', NULL::text, p.fetched_at
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) g(game)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(g.game->'markets')) b(key, value)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) m(key, value)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.value)) o(outcome)
   WHERE jsonb_typeof(o.outcome->'bet_info') = 'object'
  UNION ALL
  SELECT 'action_network'::text, p.raw_table, p.raw_id, g.game->>'id', o.odds->>'book_id', v.market, v.side, NULL::text,
         v.bets_text, v.money_text, NULL::text,
         CASE WHEN o.odds ? 'inserted' THEN raw_data.iso_time(o.odds->>'inserted') ELSE p.fetched_at END
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) g(game)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(g.game->'odds')) o(odds)
   CROSS JOIN LATERAL raw_data.action_network_v1_prices(o.odds) v
   WHERE jsonb_typeof(o.odds) = 'object' AND (v.bets_text IS NOT NULL OR v.money_text IS NOT NULL)
$$;
COMMENT ON FUNCTION raw_data.action_network_splits(raw_data.payload) IS 'Public betting of an Action Network scoreboard payload: v2 bet_info.tickets.percent and bet_info.money.percent of each outcome at fetch time; v1 ml_/spread_/total_ *_public (tickets) and *_money percentages of each odds object at its inserted time (num_bets, the game''s total, is not a per-side count and stays in raw). Per book id.';

COMMIT;
