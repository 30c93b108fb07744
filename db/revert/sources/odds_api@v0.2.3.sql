-- Revert mlb:sources/odds_api (rework after v0.2.1)
BEGIN;
SET LOCAL ROLE mlb_owner;
UPDATE raw_data.payload_tables SET decimal_prices = false WHERE raw_table = 'odds_api_responses';
CREATE OR REPLACE FUNCTION raw_data.odds_api_lines(p raw_data.payload) RETURNS SETOF raw_data.stated_line
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'odds_api'::text, p.raw_table, p.raw_id, p.fetched_at,
         e.event->>'id', e.event->>'commence_time', e.event->>'home_team', e.event->>'away_team',
         b.book->>'key', m.market->>'key', k.market,
         o.outcome->>'name', o.outcome->>'name',
         o.outcome->>'point', o.outcome->>'price',
         CASE WHEN m.market ? 'last_update' THEN raw_data.iso_time(m.market->>'last_update')
              WHEN b.book ? 'last_update' THEN raw_data.iso_time(b.book->>'last_update') ELSE p.fetched_at END, 'snapshot'::text,
         CASE WHEN k.market = 'total' THEN CASE lower(o.outcome->>'name') WHEN 'over' THEN 'over' WHEN 'under' THEN 'under' END END,
         k.market <> 'total'
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload)) AS e(event)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(e.event->'bookmakers')) AS b(book)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(b.book->'markets')) AS m(market)
   CROSS JOIN LATERAL (SELECT CASE m.market->>'key' WHEN 'h2h' THEN 'moneyline' WHEN 'spreads' THEN 'spread'
                                                     WHEN 'totals' THEN 'total' ELSE m.market->>'key' END AS market) k
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.market->'outcomes')) AS o(outcome)
$$;
COMMENT ON FUNCTION raw_data.odds_api_lines(raw_data.payload) IS 'Prices of a The Odds API odds payload: bookmakers[].markets[].outcomes[] name, price and point, observed at the market''s (else the bookmaker''s) last_update, NULL when the stated one is not a real instant, the fetch time when none is stated. Totals'' sides are Over/Under; other outcomes name a team, mapped to home/away in staging.';

COMMIT;
