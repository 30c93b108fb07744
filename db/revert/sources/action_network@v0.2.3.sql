-- Revert mlb:sources/action_network (rework after v0.2.1): the v0.2.0 scoreboard parsers; the
-- catalogue parser states id and name only (its row keeps the newer type's shape until
-- raw_data/parser_types is reverted, which restores the old shape).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION raw_data.action_network_lines(p raw_data.payload) RETURNS SETOF raw_data.stated_line
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'action_network'::text, p.raw_table, p.raw_id, p.fetched_at,
         g.game->>'id', g.game->>'start_time',
         (SELECT t->>'full_name' FROM jsonb_array_elements(raw_data.json_array_or_empty(g.game->'teams')) t
           WHERE t->>'id' = g.game->>'home_team_id'),
         (SELECT t->>'full_name' FROM jsonb_array_elements(raw_data.json_array_or_empty(g.game->'teams')) t
           WHERE t->>'id' = g.game->>'away_team_id'),
         b.key, m.key, m.key, o.outcome->>'side', NULL::text,
         o.outcome->>'value', o.outcome->>'odds', p.fetched_at, 'snapshot'::text,
         CASE WHEN lower(o.outcome->>'side') IN ('home', 'away', 'over', 'under')
               AND (lower(o.outcome->>'side') IN ('over', 'under')) = (m.key = 'total') THEN lower(o.outcome->>'side') END,
         false
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) AS g(game)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(g.game->'markets')) AS b(key, value)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) AS m(key, value)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.value)) AS o(outcome)
$$;
COMMENT ON FUNCTION raw_data.action_network_lines(raw_data.payload) IS 'Prices of an Action Network scoreboard payload: markets.{book id}.event.{market}[] outcomes with side, value and odds, observed at fetch time. The side is the outcome''s own home/away/over/under.';

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
$$;
COMMENT ON FUNCTION raw_data.action_network_splits(raw_data.payload) IS 'Public betting of an Action Network scoreboard payload: bet_info.tickets.percent and bet_info.money.percent of each outcome, per book, at fetch time.';

CREATE OR REPLACE FUNCTION raw_data.action_network_books(p raw_data.payload) RETURNS SETOF raw_data.stated_book
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT p.raw_table, p.raw_id, bk->>'id', coalesce(bk->>'display_name', bk->>'name'),
         NULL::text, NULL::text, NULL::text[], NULL::boolean, NULL::timestamptz
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'books')) bk
   WHERE bk->>'id' IS NOT NULL
$$;
COMMENT ON FUNCTION raw_data.action_network_books(raw_data.payload) IS 'Entries of the Action Network book catalogue (/web/v1/books): id and display_name (else name).';

CREATE OR REPLACE FUNCTION raw_data.action_network_history_lines(p raw_data.payload) RETURNS SETOF raw_data.stated_line
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'action_network'::text, p.raw_table, p.raw_id, p.fetched_at, p.request_key, NULL::text, NULL::text, NULL::text,
         h.book_text, h.market, h.market, h.side_text, NULL::text, h.line_text, h.price_text, h.observed_at, 'history'::text,
         CASE WHEN lower(h.side_text) IN ('home', 'away', 'over', 'under')
               AND (lower(h.side_text) IN ('over', 'under')) = (h.market = 'total') THEN lower(h.side_text) END,
         false
    FROM raw_data.action_network_history_points(p.payload) h
$$;
COMMENT ON FUNCTION raw_data.action_network_history_lines(raw_data.payload) IS 'Prices of an Action Network line history payload (request key = game id): every point, observed at its updated_at.';

DROP FUNCTION raw_data.action_network_v1_prices(jsonb);

COMMIT;
