-- Deploy mlb:staging/payload_views
-- Set-based readers of raw payloads that promotion uses: every raw row in one
-- shape, and each source's games and splits as stated (teams still as text).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE VIEW staging.raw_payloads AS
SELECT 'action_network_games'::text AS raw_table, id AS raw_id, request_key, fetched_at, http_status, payload FROM raw_data.action_network_games
UNION ALL SELECT 'action_network_odds', id, request_key, fetched_at, http_status, payload FROM raw_data.action_network_odds
UNION ALL SELECT 'action_network_books', id, request_key, fetched_at, http_status, payload FROM raw_data.action_network_books
UNION ALL SELECT 'sbd_betting_splits', id, request_key, fetched_at, http_status, payload FROM raw_data.sbd_betting_splits
UNION ALL SELECT 'vsin_data', id, request_key, fetched_at, http_status, payload FROM raw_data.vsin_data
UNION ALL SELECT 'mlb_stats_api', id, request_key, fetched_at, http_status, payload FROM raw_data.mlb_stats_api
UNION ALL SELECT 'odds_api_responses', id, request_key, fetched_at, http_status, payload FROM raw_data.odds_api_responses
UNION ALL SELECT 'sbro_odds', id, request_key, fetched_at, http_status, payload FROM raw_data.sbro_odds;
COMMENT ON VIEW staging.raw_payloads IS 'Every raw payload row of every source in one shape, for promotion.';
COMMENT ON COLUMN staging.raw_payloads.raw_table IS 'Raw table.';
COMMENT ON COLUMN staging.raw_payloads.raw_id IS 'Raw row id.';
COMMENT ON COLUMN staging.raw_payloads.request_key IS 'Request key of the row.';
COMMENT ON COLUMN staging.raw_payloads.fetched_at IS 'Fetch time.';
COMMENT ON COLUMN staging.raw_payloads.http_status IS 'HTTP status.';
COMMENT ON COLUMN staging.raw_payloads.payload IS 'JSONB payload or rendering; NULL when the body was not JSON.';

CREATE VIEW staging.source_games_raw AS
-- MLB Stats API schedule games.
SELECT 'mlb_stats_api'::text AS source, p.raw_table, p.raw_id, p.fetched_at, g.game->>'gamePk' AS source_game_id,
       g.game->>'gameDate' AS start_text, NULL::text AS date_text,
       g.game->'teams'->'home'->'team'->>'id' AS home_text, g.game->'teams'->'away'->'team'->>'id' AS away_text,
       NULL::text AS team_a_text, NULL::text AS team_b_text,
       g.game->>'gameNumber' AS game_number_text, g.game->'status'->>'codedGameState' AS status_text,
       g.game->'teams'->'home'->>'score' AS home_score_text, g.game->'teams'->'away'->>'score' AS away_score_text,
       g.game->'linescore'->>'currentInning' AS innings_text, NULL::text AS extra_source_game_id
  FROM staging.raw_payloads p
 CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'dates')) d(day)
 CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(d.day->'games')) g(game)
 WHERE p.raw_table = 'mlb_stats_api'
UNION ALL
-- Action Network scoreboard games: teams by Action Network team id.
SELECT 'action_network', p.raw_table, p.raw_id, p.fetched_at, g.game->>'id', g.game->>'start_time', NULL,
       g.game->>'home_team_id', g.game->>'away_team_id', NULL, NULL, NULL, g.game->>'status', NULL, NULL, NULL, NULL
  FROM staging.raw_payloads p
 CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) g(game)
 WHERE p.raw_table = 'action_network_games'
UNION ALL
-- SportsBettingDime games: home and away codes.
SELECT 'sbd', p.raw_table, p.raw_id, p.fetched_at, g.game->>'_id', g.game->>'date', NULL,
       g.game->'home'->>'code', g.game->'away'->>'code', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM staging.raw_payloads p
 CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) g(game)
 WHERE p.raw_table = 'sbd_betting_splits'
UNION ALL
-- The Odds API events: home and away names.
SELECT 'odds_api', p.raw_table, p.raw_id, p.fetched_at, e.event->>'id', e.event->>'commence_time', NULL,
       e.event->>'home_team', e.event->>'away_team', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM staging.raw_payloads p
 CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(p.payload)) e(event)
 WHERE p.raw_table = 'odds_api_responses'
UNION ALL
-- VSIN rows: two teams in page order, no home/away; the date from the page's gamedate link.
SELECT 'vsin', p.raw_table, p.raw_id, p.fetched_at, p.request_key || ':' || t.table_no || ':' || rw.row_no, NULL,
       coalesce(substring(t.tbl->'rows'->0->0->'links'->>0 FROM 'gamedate=(\d{4}-\d{2}-\d{2})'), split_part(p.request_key, ':', 1)),
       NULL, NULL, rw.cells->0->'texts'->>0, rw.cells->0->'texts'->>1, NULL, NULL, NULL, NULL, NULL, NULL
  FROM staging.raw_payloads p
 CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'tables')) WITH ORDINALITY AS t(tbl, table_no)
 CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(t.tbl->'rows')) WITH ORDINALITY AS rw(cells, row_no)
 WHERE p.raw_table = 'vsin_data' AND rw.row_no > 1
   AND jsonb_array_length(raw_data.json_array_or_empty(rw.cells->0->'texts')) = 2
UNION ALL
-- SBRO: a V row followed by an H row of the same date is one game (the file's
-- layout; rotation numbers are not trusted, one 2018 row has a wrong one).
SELECT 'sbro', v.raw_table, v.raw_id, v.fetched_at, v.row_id, NULL,
       substring(v.request_key FROM '(\d{4})') || '-' || lpad((v.date_num / 100)::text, 2, '0') || '-' || lpad((v.date_num % 100)::text, 2, '0'),
       v.next_team, v.team, NULL, NULL, NULL, CASE WHEN 'N' IN (v.vh, v.next_vh) THEN 'neutral' ELSE 'final' END,
       v.next_final, v.final, NULL, v.next_row_id
  FROM (
    SELECT r.*, lead(r.row_id) OVER w AS next_row_id, lead(r.vh) OVER w AS next_vh, lead(r.team) OVER w AS next_team,
           lead(r.final) OVER w AS next_final, lead(r.date_num) OVER w AS next_date_num
      FROM (
        SELECT p.raw_table, p.raw_id, p.fetched_at, p.request_key, sh.sheet->>'name' AS sheet, rw.n,
               p.request_key || ':' || (sh.sheet->>'name') || ':row' || rw.n AS row_id,
               rw.cells->>(array_position(hdr.names, 'VH') - 1) AS vh,
               rw.cells->>(array_position(hdr.names, 'Team') - 1) AS team,
               rw.cells->>(array_position(hdr.names, 'Final') - 1) AS final,
               CASE WHEN rw.cells->>(array_position(hdr.names, 'Date') - 1) ~ '^\d{3,4}$'
                    THEN (rw.cells->>(array_position(hdr.names, 'Date') - 1))::int END AS date_num
          FROM staging.raw_payloads p
         CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'sheets')) sh(sheet)
         -- OFFSET 0 keeps the header read once per sheet, not once per row.
         CROSS JOIN LATERAL (SELECT ARRAY(SELECT jsonb_array_elements_text(raw_data.json_array_or_empty(sh.sheet->'rows'->0))) AS names
                             OFFSET 0) hdr
         CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(sh.sheet->'rows')) WITH ORDINALITY AS rw(cells, n)
         WHERE p.raw_table = 'sbro_odds' AND rw.n > 1 AND hdr.names @> ARRAY['VH', 'Team', 'Date']
        OFFSET 0  -- project the cells here, so the sort below never carries whole sheets
      ) r
    WINDOW w AS (PARTITION BY r.raw_table, r.raw_id, r.sheet ORDER BY r.n)
  ) v
 WHERE v.vh IN ('V', 'N') AND v.next_vh IN ('H', 'N') AND v.next_date_num = v.date_num;
COMMENT ON VIEW staging.source_games_raw IS 'Every game each source states, with its teams as the source wrote them (ids, codes or names) and no mapping yet. VSIN gives two teams in page order (team_a, team_b) and no home/away. SBRO pairs a V row with the H row after it (N/N rows are neutral-site games whose home team the file does not state).';
COMMENT ON COLUMN staging.source_games_raw.source IS 'Source.';
COMMENT ON COLUMN staging.source_games_raw.raw_table IS 'Raw table.';
COMMENT ON COLUMN staging.source_games_raw.raw_id IS 'Raw row.';
COMMENT ON COLUMN staging.source_games_raw.fetched_at IS 'Fetch time of the payload.';
COMMENT ON COLUMN staging.source_games_raw.source_game_id IS 'The source''s game id (SBRO: the V row).';
COMMENT ON COLUMN staging.source_games_raw.start_text IS 'Start time as stated (UTC ISO text).';
COMMENT ON COLUMN staging.source_games_raw.date_text IS 'Game date as stated when there is no start time (VSIN page date, SBRO season + MMDD).';
COMMENT ON COLUMN staging.source_games_raw.home_text IS 'Home team as stated (MLB id, Action Network id, code or name).';
COMMENT ON COLUMN staging.source_games_raw.away_text IS 'Away team as stated.';
COMMENT ON COLUMN staging.source_games_raw.team_a_text IS 'VSIN: first team on the page.';
COMMENT ON COLUMN staging.source_games_raw.team_b_text IS 'VSIN: second team on the page.';
COMMENT ON COLUMN staging.source_games_raw.game_number_text IS 'MLB gameNumber (doubleheaders).';
COMMENT ON COLUMN staging.source_games_raw.status_text IS 'Status as stated (MLB codedGameState, Action Network status, SBRO final).';
COMMENT ON COLUMN staging.source_games_raw.home_score_text IS 'Home runs as stated.';
COMMENT ON COLUMN staging.source_games_raw.away_score_text IS 'Away runs as stated.';
COMMENT ON COLUMN staging.source_games_raw.innings_text IS 'Innings played as stated (MLB linescore).';
COMMENT ON COLUMN staging.source_games_raw.extra_source_game_id IS 'SBRO: the H row''s id, mapped to the same game.';

-- Promotion reads one payload at a time through these: a join of the views with
-- a batch scans every payload, while a call with the ids reads only the batch.
CREATE FUNCTION staging.lines_of_raw_row(p_raw_table text, p_raw_id bigint) RETURNS SETOF raw_data.betting_lines_raw
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, raw_data
AS $$
BEGIN
  -- EXECUTE plans with the values known, so only the payload's own branch runs.
  RETURN QUERY EXECUTE 'SELECT * FROM raw_data.betting_lines_raw l WHERE l.raw_table = $1 AND l.raw_id = $2'
    USING p_raw_table, p_raw_id;
END
$$;
COMMENT ON FUNCTION staging.lines_of_raw_row(text, bigint) IS 'raw_data.betting_lines_raw for one raw row, read by its id (fast at any raw size).';

CREATE FUNCTION staging.games_of_raw_row(p_raw_table text, p_raw_id bigint) RETURNS SETOF staging.source_games_raw
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, staging
AS $$
BEGIN
  RETURN QUERY EXECUTE 'SELECT * FROM staging.source_games_raw g WHERE g.raw_table = $1 AND g.raw_id = $2'
    USING p_raw_table, p_raw_id;
END
$$;
COMMENT ON FUNCTION staging.games_of_raw_row(text, bigint) IS 'staging.source_games_raw for one raw row, read by its id (fast at any raw size).';

COMMIT;
