-- Deploy mlb:raw_data/views
-- Read-only windows on the RAW zone: source health, and every source's lines
-- flattened exactly as the source stated them (no mapping, no cleaning).
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Payloads can be malformed; these keep the views from failing on a wrong type.
CREATE FUNCTION raw_data.json_object_or_empty(value jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN jsonb_typeof(value) = 'object' THEN value ELSE '{}'::jsonb END;
COMMENT ON FUNCTION raw_data.json_object_or_empty(jsonb) IS 'The value when it is a JSON object, else {}: lets views expand malformed payloads without failing.';

CREATE FUNCTION raw_data.json_array_or_empty(value jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN jsonb_typeof(value) = 'array' THEN value ELSE '[]'::jsonb END;
COMMENT ON FUNCTION raw_data.json_array_or_empty(jsonb) IS 'The value when it is a JSON array, else []: lets views expand malformed payloads without failing.';

CREATE VIEW raw_data.source_health AS
WITH attempts AS (
  SELECT l.source, l.mode, l.outcome, l.started_at, l.finished_at,
         l.outcome IN ('stored', 'unchanged') AS succeeded,
         l.outcome IN ('http_error', 'timeout', 'network_error', 'invalid_payload') AS failed,
         extract(epoch FROM l.finished_at - l.started_at) * 1000 AS latency_ms
    FROM raw_data.collection_log l
), per_source AS (
  SELECT s.source, s.stale_after, s.failing_after_consecutive_failures,
         max(a.started_at) AS last_attempt_at,
         max(a.started_at) FILTER (WHERE a.succeeded) AS last_success_at,
         count(a.*) FILTER (WHERE a.started_at > now() - interval '24 hours' AND (a.succeeded OR a.failed)) AS attempts_24h,
         round(avg(a.succeeded::int) FILTER (WHERE a.started_at > now() - interval '24 hours' AND (a.succeeded OR a.failed)), 3)
           AS success_rate_24h,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY a.latency_ms)
           FILTER (WHERE a.started_at > now() - interval '24 hours' AND a.mode = 'live') AS median_latency_ms_24h,
         count(a.*) FILTER (WHERE a.outcome = 'stored') AS rows_stored,
         count(a.*) FILTER (WHERE a.outcome IN ('skipped_no_key', 'skipped_disabled')
                              AND a.started_at > now() - interval '24 hours') AS skipped_24h
    FROM raw_data.sources s
    LEFT JOIN attempts a ON a.source = s.source
   GROUP BY s.source, s.stale_after, s.failing_after_consecutive_failures
)
SELECT p.source, p.last_attempt_at, p.last_success_at, p.attempts_24h, p.success_rate_24h,
       f.consecutive_failures, round(p.median_latency_ms_24h::numeric, 1) AS median_latency_ms_24h,
       p.rows_stored, p.skipped_24h,
       CASE WHEN f.consecutive_failures >= p.failing_after_consecutive_failures THEN 'failing'
            WHEN p.stale_after IS NOT NULL
             AND (p.last_success_at IS NULL OR p.last_success_at < now() - p.stale_after) THEN 'stale'
            ELSE 'ok' END AS freshness_status
  FROM per_source p
  CROSS JOIN LATERAL (
    SELECT count(*) AS consecutive_failures FROM attempts a
     WHERE a.source = p.source AND a.failed AND a.started_at > coalesce(p.last_success_at, '-infinity')
  ) f;
COMMENT ON VIEW raw_data.source_health IS 'Health of each source from the collection log. freshness_status: failing when consecutive_failures >= sources.failing_after_consecutive_failures (default 3); else stale when the last success is older than sources.stale_after (or there was none); else ok. Sources loaded by hand (stale_after NULL) are never stale. Skipped attempts (no key, disabled) count neither way.';
COMMENT ON COLUMN raw_data.source_health.source IS 'Source key.';
COMMENT ON COLUMN raw_data.source_health.last_attempt_at IS 'Start of the latest attempt of any outcome.';
COMMENT ON COLUMN raw_data.source_health.last_success_at IS 'Start of the latest attempt that stored a body or found it unchanged.';
COMMENT ON COLUMN raw_data.source_health.attempts_24h IS 'Attempts in the last 24 hours that succeeded or failed (skips excluded).';
COMMENT ON COLUMN raw_data.source_health.success_rate_24h IS 'Share of those attempts that succeeded, 0-1; NULL when there were none.';
COMMENT ON COLUMN raw_data.source_health.consecutive_failures IS 'Failed attempts since the last success.';
COMMENT ON COLUMN raw_data.source_health.median_latency_ms_24h IS 'Median time from start to finish of live attempts in the last 24 hours, in milliseconds, retries included.';
COMMENT ON COLUMN raw_data.source_health.rows_stored IS 'Raw rows this source has stored, ever.';
COMMENT ON COLUMN raw_data.source_health.skipped_24h IS 'Attempts skipped in the last 24 hours (no API key, disabled).';
COMMENT ON COLUMN raw_data.source_health.freshness_status IS 'ok, stale or failing, by the thresholds described on the view.';

-- Shared by the view below and by promotion, which calls it on its batch only.
CREATE FUNCTION raw_data.action_network_history_points(payload jsonb)
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

CREATE VIEW raw_data.betting_lines_raw AS
-- Action Network scoreboard: current line per book, observed when fetched.
SELECT 'action_network'::text AS source, 'action_network_games'::text AS raw_table, r.id AS raw_id, r.fetched_at,
       g.game->>'id' AS source_game_id, g.game->>'start_time' AS game_time_text,
       (SELECT t->>'full_name' FROM jsonb_array_elements(raw_data.json_array_or_empty(g.game->'teams')) t
         WHERE t->>'id' = g.game->>'home_team_id') AS home_team_text,
       (SELECT t->>'full_name' FROM jsonb_array_elements(raw_data.json_array_or_empty(g.game->'teams')) t
         WHERE t->>'id' = g.game->>'away_team_id') AS away_team_text,
       b.key AS book_text, m.key AS source_market, m.key AS market,
       o.outcome->>'side' AS side_text, NULL::text AS side_team_text,
       o.outcome->>'value' AS line_text, o.outcome->>'odds' AS price_text,
       r.fetched_at AS observed_at, 'snapshot'::text AS observation_kind
  FROM raw_data.action_network_games r
  CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(r.payload->'games')) AS g(game)
  CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(g.game->'markets')) AS b(key, value)
  CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) AS m(key, value)
  CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.value)) AS o(outcome)
UNION ALL
-- Action Network line history: every point of every outcome.
SELECT 'action_network', 'action_network_odds', r.id, r.fetched_at,
       r.request_key, NULL, NULL, NULL,
       h.book_text, h.market, h.market, h.side_text, NULL,
       h.line_text, h.price_text, h.observed_at, 'history'
  FROM raw_data.action_network_odds r
  CROSS JOIN LATERAL raw_data.action_network_history_points(r.payload) h
UNION ALL
-- SportsBettingDime: odds per book; sides are the payload's keys.
SELECT 'sbd', 'sbd_betting_splits', r.id, r.fetched_at,
       g.game->>'_id', g.game->>'date', g.game->'home'->>'code', g.game->'away'->>'code',
       coalesce(b.book->>'name', b.book->>'_id'), m.key, m.key, s.key, NULL,
       CASE WHEN m.key = 'moneyline' THEN NULL ELSE s.value->>'points' END,
       CASE WHEN m.key = 'moneyline' THEN s.value->>'american' ELSE s.value->'odds'->>'american' END,
       r.fetched_at, 'snapshot'
  FROM raw_data.sbd_betting_splits r
  CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(r.payload->'games')) AS g(game)
  CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(g.game->'sportsbooks')) AS b(book)
  CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.book->'odds')) AS m(key, value)
  CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(m.value)) AS s(key, value)
UNION ALL
-- The Odds API: outcomes are named by team (or Over/Under).
SELECT 'odds_api', 'odds_api_responses', r.id, r.fetched_at,
       e.event->>'id', e.event->>'commence_time', e.event->>'home_team', e.event->>'away_team',
       b.book->>'key', m.market->>'key',
       CASE m.market->>'key' WHEN 'h2h' THEN 'moneyline' WHEN 'spreads' THEN 'spread' WHEN 'totals' THEN 'total'
                             ELSE m.market->>'key' END,
       o.outcome->>'name', o.outcome->>'name',
       o.outcome->>'point', o.outcome->>'price',
       coalesce((m.market->>'last_update')::timestamptz, (b.book->>'last_update')::timestamptz, r.fetched_at), 'snapshot'
  FROM raw_data.odds_api_responses r
  CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(r.payload)) AS e(event)
  CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(e.event->'bookmakers')) AS b(book)
  CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(b.book->'markets')) AS m(market)
  CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.market->'outcomes')) AS o(outcome)
UNION ALL
-- SBRO spreadsheets: one line per row and column group, located by header name
-- (a blank header is the price of the column before it); rows stay unpaired.
SELECT 'sbro', 'sbro_odds', x.raw_id, x.fetched_at,
       x.request_key || ':' || x.sheet_name || ':row' || x.row_number, x.date_text, NULL, NULL,
       'sbro', c.source_market, c.market, x.vh, x.team,
       c.line_text, c.price_text, NULL, c.timing
  FROM (
    SELECT r.id AS raw_id, r.fetched_at, r.request_key, sh.sheet->>'name' AS sheet_name, rw.row_number,
           rw.cells, hdr.names,
           rw.cells->>(array_position(hdr.names, 'Date') - 1) AS date_text,
           rw.cells->>(array_position(hdr.names, 'VH') - 1) AS vh,
           rw.cells->>(array_position(hdr.names, 'Team') - 1) AS team
      FROM raw_data.sbro_odds r
     CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(r.payload->'sheets')) AS sh(sheet)
     CROSS JOIN LATERAL (
       SELECT array_agg(coalesce(h.name, prev.name || ' price') ORDER BY h.i) AS names
         FROM jsonb_array_elements_text(raw_data.json_array_or_empty(sh.sheet->'rows'->0)) WITH ORDINALITY AS h(name, i)
         LEFT JOIN LATERAL (SELECT sh.sheet->'rows'->0->>(h.i::int - 2) AS name) prev ON true
     ) hdr
     CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(sh.sheet->'rows')) WITH ORDINALITY AS rw(cells, row_number)
     WHERE rw.row_number > 1 AND hdr.names @> ARRAY['VH', 'Team']
  ) x
  CROSS JOIN LATERAL (
    VALUES
      ('Open', 'moneyline', x.cells->>(array_position(x.names, 'Open') - 1), NULL::text, 'open'),
      ('Close', 'moneyline', x.cells->>(array_position(x.names, 'Close') - 1), NULL, 'close'),
      ('RL', 'spread', x.cells->>(array_position(x.names, 'RL') - 1), NULL, 'close'),
      ('Run Line', 'spread', x.cells->>(array_position(x.names, 'Run Line price') - 1),
                             x.cells->>(array_position(x.names, 'Run Line') - 1), 'close'),
      ('Open OU', 'total', x.cells->>(array_position(x.names, 'Open OU price') - 1),
                           x.cells->>(array_position(x.names, 'Open OU') - 1), 'open'),
      ('Close OU', 'total', x.cells->>(array_position(x.names, 'Close OU price') - 1),
                            x.cells->>(array_position(x.names, 'Close OU') - 1), 'close')
  ) AS v(source_market, market, price_cell, line_cell, timing)
  -- 2014 states the run line as one cell like -1.5(-104).
  CROSS JOIN LATERAL (
    SELECT v.source_market, v.market, v.timing,
           CASE WHEN v.source_market = 'RL' THEN substring(v.price_cell FROM '^\s*([^()]*?)\s*\(') ELSE v.line_cell END AS line_text,
           CASE WHEN v.source_market = 'RL' THEN substring(v.price_cell FROM '\(([^()]*)\)') ELSE v.price_cell END AS price_text
  ) c
 WHERE array_position(x.names, v.source_market) IS NOT NULL
UNION ALL
-- VSIN tables: columns located by header text; each cell lists the two teams'
-- values in page order. VSIN states no home/away field, so sides are the
-- position (first/second) and staging decides home/away from the schedule.
SELECT 'vsin', 'vsin_data', r.id, r.fetched_at,
       r.request_key || ':' || t.table_no || ':' || rw.row_no, NULL, NULL, NULL,
       split_part(r.request_key, ':', 2), h.header, h.market,
       CASE p.pos WHEN 1 THEN 'first' ELSE 'second' END,
       rw.cells->0->'texts'->>(p.pos::int - 1),
       CASE h.market WHEN 'moneyline' THEN NULL
                     WHEN 'total' THEN p.cell_text
                     ELSE split_part(p.cell_text, ' ', 1) END,
       CASE h.market WHEN 'moneyline' THEN p.cell_text
                     WHEN 'total' THEN NULL
                     ELSE nullif(split_part(p.cell_text, ' ', 2), '') END,
       r.fetched_at, 'snapshot'
  FROM raw_data.vsin_data r
 CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(r.payload->'tables')) WITH ORDINALITY AS t(tbl, table_no)
 CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(t.tbl->'rows')) WITH ORDINALITY AS rw(cells, row_no)
 CROSS JOIN LATERAL (
   SELECT hc.i, array_to_string(ARRAY(SELECT jsonb_array_elements_text(hc.cell->'texts')), ' ') AS header,
          CASE array_to_string(ARRAY(SELECT jsonb_array_elements_text(hc.cell->'texts')), ' ')
            WHEN 'Moneyline' THEN 'moneyline' WHEN 'Total' THEN 'total' WHEN 'Run Line' THEN 'spread' END AS market
     FROM jsonb_array_elements(raw_data.json_array_or_empty(t.tbl->'rows'->0)) WITH ORDINALITY AS hc(cell, i)
 ) h
 CROSS JOIN LATERAL jsonb_array_elements_text(raw_data.json_array_or_empty(rw.cells->(h.i::int - 1)->'texts'))
   WITH ORDINALITY AS p(cell_text, pos)
 WHERE rw.row_no > 1 AND h.market IS NOT NULL AND p.pos <= 2
   AND jsonb_array_length(raw_data.json_array_or_empty(rw.cells->0->'texts')) = 2;
COMMENT ON VIEW raw_data.betting_lines_raw IS 'Every price in every raw payload, one row per outcome observation, exactly as the source stated it: teams, books, sides, lines and prices are the source''s own text. Action Network history points carry their own updated_at; snapshots are observed at fetch time; SBRO rows carry open/close timing and no time; VSIN sides are page positions (first/second), its book the view.';
COMMENT ON COLUMN raw_data.betting_lines_raw.source IS 'Source key.';
COMMENT ON COLUMN raw_data.betting_lines_raw.raw_table IS 'raw_data table of the payload.';
COMMENT ON COLUMN raw_data.betting_lines_raw.raw_id IS 'id of the raw row (lineage).';
COMMENT ON COLUMN raw_data.betting_lines_raw.fetched_at IS 'When the payload was fetched.';
COMMENT ON COLUMN raw_data.betting_lines_raw.source_game_id IS 'The source''s own game id (Action Network id, SBD _id, Odds API event id, SBRO file:sheet:row, VSIN request key:table:row).';
COMMENT ON COLUMN raw_data.betting_lines_raw.game_time_text IS 'Game start or date as the source wrote it (SBRO: MMDD).';
COMMENT ON COLUMN raw_data.betting_lines_raw.home_team_text IS 'Home team as the source names it, taken from the source''s explicit home field; NULL where the payload has none.';
COMMENT ON COLUMN raw_data.betting_lines_raw.away_team_text IS 'Away team as the source names it, from its explicit away field.';
COMMENT ON COLUMN raw_data.betting_lines_raw.book_text IS 'Book as the source identifies it (Action Network book id, SBD name, Odds API key, sbro, VSIN view).';
COMMENT ON COLUMN raw_data.betting_lines_raw.source_market IS 'Market key as the source names it (h2h, spreads, Open OU...).';
COMMENT ON COLUMN raw_data.betting_lines_raw.market IS 'moneyline, spread or total: the source market key renamed, nothing else.';
COMMENT ON COLUMN raw_data.betting_lines_raw.side_text IS 'Side as the source states it (home/away/over/under, a team name, Over/Under, SBRO V/H/N, VSIN first/second).';
COMMENT ON COLUMN raw_data.betting_lines_raw.side_team_text IS 'Team the outcome refers to, where the source names one per outcome (Odds API name, SBRO Team, VSIN team at that position).';
COMMENT ON COLUMN raw_data.betting_lines_raw.line_text IS 'Points as stated (spread or total); NULL for moneylines.';
COMMENT ON COLUMN raw_data.betting_lines_raw.price_text IS 'Price as stated (American odds text or number).';
COMMENT ON COLUMN raw_data.betting_lines_raw.observed_at IS 'When the source says the price held (history point time, market update, or fetch time); NULL for SBRO.';
COMMENT ON COLUMN raw_data.betting_lines_raw.observation_kind IS 'snapshot (current price at fetch), history (a past point of a line history), open or close (SBRO).';

CREATE VIEW raw_data.moneylines_raw AS SELECT * FROM raw_data.betting_lines_raw WHERE market = 'moneyline';
CREATE VIEW raw_data.spreads_raw AS SELECT * FROM raw_data.betting_lines_raw WHERE market = 'spread';
CREATE VIEW raw_data.totals_raw AS SELECT * FROM raw_data.betting_lines_raw WHERE market = 'total';
COMMENT ON VIEW raw_data.moneylines_raw IS 'betting_lines_raw restricted to moneylines (Odds API h2h).';
COMMENT ON VIEW raw_data.spreads_raw IS 'betting_lines_raw restricted to spreads / run lines.';
COMMENT ON VIEW raw_data.totals_raw IS 'betting_lines_raw restricted to totals (over/under).';
DO $$
DECLARE
  v text;
  c record;
BEGIN
  FOREACH v IN ARRAY ARRAY['moneylines_raw', 'spreads_raw', 'totals_raw'] LOOP
    FOR c IN SELECT a.attname, col_description('raw_data.betting_lines_raw'::regclass, a.attnum) AS d
               FROM pg_attribute a WHERE a.attrelid = 'raw_data.betting_lines_raw'::regclass AND a.attnum > 0 LOOP
      EXECUTE format('COMMENT ON COLUMN raw_data.%I.%I IS %L', v, c.attname, c.d);
    END LOOP;
  END LOOP;
END
$$;

CREATE VIEW raw_data.line_movements_raw AS
SELECT l.source, l.raw_table, l.raw_id, l.source_game_id, l.book_text, l.market, l.side_text,
       l.line_text, l.price_text, l.observed_at,
       lag(l.line_text) OVER w AS previous_line_text,
       lag(l.price_text) OVER w AS previous_price_text,
       lag(l.observed_at) OVER w AS previous_observed_at
  FROM raw_data.betting_lines_raw l
 WHERE l.observation_kind = 'history'
WINDOW w AS (PARTITION BY l.raw_id, l.book_text, l.market, l.side_text ORDER BY l.observed_at);
COMMENT ON VIEW raw_data.line_movements_raw IS 'Line history points as the source stated them (Action Network histories), each with the point before it in the same payload, book, market and side. Unchanged repeats are kept here; staging.line_movements keeps only changes.';
COMMENT ON COLUMN raw_data.line_movements_raw.source IS 'Source key.';
COMMENT ON COLUMN raw_data.line_movements_raw.raw_table IS 'raw_data table of the payload.';
COMMENT ON COLUMN raw_data.line_movements_raw.raw_id IS 'id of the raw row (lineage).';
COMMENT ON COLUMN raw_data.line_movements_raw.source_game_id IS 'The source''s game id.';
COMMENT ON COLUMN raw_data.line_movements_raw.book_text IS 'Book as the source identifies it.';
COMMENT ON COLUMN raw_data.line_movements_raw.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN raw_data.line_movements_raw.side_text IS 'Side as the source states it.';
COMMENT ON COLUMN raw_data.line_movements_raw.line_text IS 'Points at this point of the history.';
COMMENT ON COLUMN raw_data.line_movements_raw.price_text IS 'Price at this point of the history.';
COMMENT ON COLUMN raw_data.line_movements_raw.observed_at IS 'Time of this history point.';
COMMENT ON COLUMN raw_data.line_movements_raw.previous_line_text IS 'Points at the point before, NULL for the first.';
COMMENT ON COLUMN raw_data.line_movements_raw.previous_price_text IS 'Price at the point before, NULL for the first.';
COMMENT ON COLUMN raw_data.line_movements_raw.previous_observed_at IS 'Time of the point before.';

COMMIT;
