-- Deploy mlb:staging/promote (reworked after v0.1.0)
-- Promotion of a batch's price observations without repeated work: parsing
-- done once per line, batch joins by hash, openers re-flagged through the
-- index for the batch's games only. Same rules, same results.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_raw_rows(p_run_id bigint) RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
SET client_min_messages = warning
-- Bulk set-based work: JIT compile time outweighs its gain here; sorts stay in memory.
SET jit = off
SET work_mem = '256MB'
-- Batch-sized joins: hash, never a sort of the wide line rows (row estimates of JSON expansion are guesses).
SET enable_mergejoin = off
AS $$
DECLARE
  v_max_start numeric := coalesce(pipeline.setting_numeric('matching.max_start_difference_minutes'), 180);
  v_max_odds numeric := coalesce(pipeline.setting_numeric('validation.max_american_odds'), 10000);
  v_min_total numeric := coalesce(pipeline.setting_numeric('validation.min_total'), 3);
  v_max_total numeric := coalesce(pipeline.setting_numeric('validation.max_total'), 20);
  v_split_tol numeric := coalesce(pipeline.setting_numeric('validation.split_sum_tolerance'), 2);
  v_future interval := make_interval(mins => coalesce(pipeline.setting_numeric('validation.future_tolerance_minutes'), 5)::int);
  v_detail jsonb;
BEGIN
  -- The batch's payloads, read by id from each raw table (never a scan of all raw).
  DROP TABLE IF EXISTS batch_payloads;
  CREATE TEMP TABLE batch_payloads ON COMMIT DROP AS
  SELECT 'action_network_games'::text AS raw_table, r.id AS raw_id, r.request_key, r.fetched_at, r.http_status, r.payload
    FROM raw_data.action_network_games r WHERE r.id = ANY (ARRAY(SELECT raw_id FROM promotion_batch WHERE raw_table = 'action_network_games'))
  UNION ALL SELECT 'action_network_odds', r.id, r.request_key, r.fetched_at, r.http_status, r.payload
    FROM raw_data.action_network_odds r WHERE r.id = ANY (ARRAY(SELECT raw_id FROM promotion_batch WHERE raw_table = 'action_network_odds'))
  UNION ALL SELECT 'action_network_books', r.id, r.request_key, r.fetched_at, r.http_status, r.payload
    FROM raw_data.action_network_books r WHERE r.id = ANY (ARRAY(SELECT raw_id FROM promotion_batch WHERE raw_table = 'action_network_books'))
  UNION ALL SELECT 'sbd_betting_splits', r.id, r.request_key, r.fetched_at, r.http_status, r.payload
    FROM raw_data.sbd_betting_splits r WHERE r.id = ANY (ARRAY(SELECT raw_id FROM promotion_batch WHERE raw_table = 'sbd_betting_splits'))
  UNION ALL SELECT 'vsin_data', r.id, r.request_key, r.fetched_at, r.http_status, r.payload
    FROM raw_data.vsin_data r WHERE r.id = ANY (ARRAY(SELECT raw_id FROM promotion_batch WHERE raw_table = 'vsin_data'))
  UNION ALL SELECT 'mlb_stats_api', r.id, r.request_key, r.fetched_at, r.http_status, r.payload
    FROM raw_data.mlb_stats_api r WHERE r.id = ANY (ARRAY(SELECT raw_id FROM promotion_batch WHERE raw_table = 'mlb_stats_api'))
  UNION ALL SELECT 'odds_api_responses', r.id, r.request_key, r.fetched_at, r.http_status, r.payload
    FROM raw_data.odds_api_responses r WHERE r.id = ANY (ARRAY(SELECT raw_id FROM promotion_batch WHERE raw_table = 'odds_api_responses'))
  UNION ALL SELECT 'sbro_odds', r.id, r.request_key, r.fetched_at, r.http_status, r.payload
    FROM raw_data.sbro_odds r WHERE r.id = ANY (ARRAY(SELECT raw_id FROM promotion_batch WHERE raw_table = 'sbro_odds'));

  -- 1. Payloads that are not JSON, came with an error status, or are JSON without
  -- the container the source's rows come in (a changed or broken format, an error
  -- object, a page without its table) are quarantined whole, with the reason.
  DROP TABLE IF EXISTS payload_checks;
  CREATE TEMP TABLE payload_checks ON COMMIT DROP AS
  SELECT b.raw_table, b.raw_id, p.http_status, p.request_key, e.expected,
         CASE WHEN p.http_status NOT BETWEEN 200 AND 299 THEN 'payload_http_error'
              WHEN p.payload IS NULL THEN 'payload_not_json'
              WHEN NOT coalesce(CASE WHEN jsonb_typeof(c.rows) IS DISTINCT FROM e.json_type THEN false
                                     WHEN e.needs_rows THEN jsonb_array_length(c.rows) > 0
                                     ELSE true END, false)
                THEN 'unexpected_payload_shape' END AS problem
    FROM promotion_batch b
    JOIN batch_payloads p ON p.raw_table = b.raw_table AND p.raw_id = b.raw_id
    -- Where each raw table's rows are (NULL: the payload itself) and what they must be.
    LEFT JOIN (VALUES ('action_network_games', 'games', 'array', false, 'an object with a games array'),
                      ('action_network_books', 'books', 'array', false, 'an object with a books array'),
                      ('action_network_odds', NULL, 'object', false, 'an object of books'),
                      ('sbd_betting_splits', 'games', 'array', false, 'an object with a games array'),
                      ('mlb_stats_api', 'dates', 'array', false, 'an object with a dates array'),
                      ('odds_api_responses', NULL, 'array', false, 'an array of events'),
                      ('vsin_data', 'tables', 'array', true, 'a page with at least one table'),
                      ('sbro_odds', 'sheets', 'array', false, 'an object with a sheets array'))
           e(raw_table, container, json_type, needs_rows, expected)
      ON e.raw_table = b.raw_table
   CROSS JOIN LATERAL (SELECT CASE WHEN e.container IS NULL THEN p.payload ELSE p.payload->e.container END AS rows) c;

  INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, details)
  SELECT p_run_id, c.problem, 'reject', 'payload', s.source, c.raw_table, c.raw_id, 'payload',
         jsonb_strip_nulls(jsonb_build_object('http_status', c.http_status, 'request_key', c.request_key,
                                              'expected', CASE WHEN c.problem = 'unexpected_payload_shape' THEN c.expected END))
    FROM payload_checks c
    JOIN raw_data.sources s ON c.raw_table = ANY (s.raw_tables)
   WHERE c.problem IS NOT NULL
  ON CONFLICT DO NOTHING;

  DROP TABLE IF EXISTS ok_batch;
  CREATE TEMP TABLE ok_batch ON COMMIT DROP AS
  SELECT c.raw_table, c.raw_id FROM payload_checks c WHERE c.problem IS NULL;

  -- 2. Action Network's book catalogue: its ids, matched to books by exact name.
  WITH catalogue AS (
    SELECT p.raw_table, p.raw_id, bk->>'id' AS book_key, coalesce(bk->>'display_name', bk->>'name') AS book_name
      FROM ok_batch o JOIN batch_payloads p USING (raw_table, raw_id)
     CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'books')) bk
     WHERE o.raw_table = 'action_network_books' AND bk->>'id' IS NOT NULL
  ), mapped AS (
    SELECT c.*, a.sportsbook_id FROM catalogue c
      LEFT JOIN sportsbook_name_aliases a ON a.alias_normalized = normalize_name(c.book_name)
  ), upserted AS (
    INSERT INTO sportsbook_source_ids (source, source_book_key, sportsbook_id, origin, raw_table, raw_id)
    SELECT DISTINCT ON (book_key) 'action_network', book_key, sportsbook_id, 'catalogue', raw_table, raw_id
      FROM mapped WHERE sportsbook_id IS NOT NULL ORDER BY book_key, raw_id DESC
    ON CONFLICT (source, source_book_key) DO UPDATE
      SET sportsbook_id = excluded.sportsbook_id, raw_table = excluded.raw_table, raw_id = excluded.raw_id
      WHERE sportsbook_source_ids.origin = 'catalogue' AND sportsbook_source_ids.sportsbook_id <> excluded.sportsbook_id
    RETURNING 1
  )
  INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, details)
  SELECT p_run_id, 'unknown_book_name', 'warn', 'book', 'action_network', raw_table, raw_id, 'book:' || book_key,
         jsonb_build_object('id', book_key, 'name', book_name, 'upserted', (SELECT count(*) FROM upserted))
    FROM mapped WHERE sportsbook_id IS NULL
  ON CONFLICT DO NOTHING;

  -- 3. Every game the batch states, teams mapped by id or explicit alias.
  DROP TABLE IF EXISTS batch_games;
  CREATE TEMP TABLE batch_games ON COMMIT DROP AS
  WITH stated AS (
    SELECT g.*, CASE WHEN g.start_text ~ '^\d{4}-\d{2}-\d{2}T' THEN g.start_text::timestamptz END AS start_time
      FROM ok_batch o CROSS JOIN LATERAL staging.games_of_raw_row(o.raw_table, o.raw_id) g
  ), dated AS (
    SELECT s.*, coalesce((s.start_time AT TIME ZONE 'America/New_York')::date,
                         CASE WHEN s.date_text ~ '^\d{4}-\d{2}-\d{2}$' THEN to_date(s.date_text, 'YYYY-MM-DD') END) AS game_date
      FROM stated s
  )
  SELECT d.source, d.raw_table, d.raw_id, d.fetched_at, d.source_game_id, d.extra_source_game_id, d.start_time, d.game_date,
         d.home_text, d.away_text, d.team_a_text, d.team_b_text,
         CASE d.source
           WHEN 'mlb_stats_api' THEN (SELECT t.team_code FROM teams t WHERE t.mlb_team_id::text = d.home_text)
           WHEN 'action_network' THEN (SELECT t.team_code FROM teams t WHERE t.action_network_team_id::text = d.home_text)
           ELSE team_for_alias(d.source, d.home_text, d.game_date) END AS home_team,
         CASE d.source
           WHEN 'mlb_stats_api' THEN (SELECT t.team_code FROM teams t WHERE t.mlb_team_id::text = d.away_text)
           WHEN 'action_network' THEN (SELECT t.team_code FROM teams t WHERE t.action_network_team_id::text = d.away_text)
           ELSE team_for_alias(d.source, d.away_text, d.game_date) END AS away_team,
         team_for_alias(d.source, d.team_a_text, d.game_date) AS team_a,
         team_for_alias(d.source, d.team_b_text, d.game_date) AS team_b,
         CASE WHEN d.game_number_text ~ '^[123]$' THEN d.game_number_text::smallint END AS game_number,
         CASE WHEN d.source = 'mlb_stats_api' THEN
                CASE d.status_text WHEN 'F' THEN 'final' WHEN 'O' THEN 'final' WHEN 'D' THEN 'postponed'
                                   WHEN 'C' THEN 'cancelled' WHEN 'U' THEN 'suspended' WHEN 'T' THEN 'suspended'
                                   WHEN 'I' THEN 'live' WHEN 'M' THEN 'live' WHEN 'N' THEN 'live'
                                   WHEN 'S' THEN 'scheduled' WHEN 'P' THEN 'scheduled' WHEN 'W' THEN 'scheduled' END
              WHEN d.source = 'action_network' THEN
                CASE lower(d.status_text) WHEN 'postponed' THEN 'postponed' WHEN 'cancelled' THEN 'cancelled'
                                          WHEN 'complete' THEN 'final' WHEN 'closed' THEN 'final'
                                          WHEN 'inprogress' THEN 'live' ELSE 'scheduled' END
              WHEN d.source = 'sbro' THEN 'final'
              ELSE 'scheduled' END AS status,
         CASE WHEN d.home_score_text ~ '^\d+$' THEN d.home_score_text::int END AS home_score,
         CASE WHEN d.away_score_text ~ '^\d+$' THEN d.away_score_text::int END AS away_score,
         CASE WHEN d.innings_text ~ '^\d+$' THEN d.innings_text::int END AS innings,
         d.status_text,
         NULL::bigint AS game_id, NULL::text AS match_method, NULL::numeric AS match_confidence, NULL::text AS problem
    FROM dated d;
  ANALYZE batch_games;
  -- Newest statement per source game only.
  DELETE FROM batch_games g USING batch_games n
   WHERE n.source = g.source AND n.source_game_id = g.source_game_id
     AND (n.fetched_at, n.raw_id) > (g.fetched_at, g.raw_id);

  UPDATE batch_games SET problem = CASE
      WHEN game_date IS NULL THEN 'missing_game_date'
      WHEN source = 'vsin' AND (team_a_text IS NULL OR team_b_text IS NULL) THEN 'missing_team'
      WHEN source <> 'vsin' AND (home_text IS NULL OR away_text IS NULL) AND source <> 'sbro' THEN 'missing_team'
      WHEN source = 'vsin' AND (team_a IS NULL OR team_b IS NULL) THEN 'unknown_team'
      WHEN source <> 'vsin' AND (home_team IS NULL OR away_team IS NULL) THEN 'unknown_team'
      WHEN source <> 'vsin' AND home_team = away_team THEN 'home_equals_away'
      WHEN source = 'vsin' AND team_a = team_b THEN 'home_equals_away'
      WHEN source = 'mlb_stats_api' AND status IS NULL THEN 'unknown_status'
      WHEN source = 'mlb_stats_api' AND start_time IS NULL THEN 'missing_start_time'
      WHEN source = 'sbro' AND (home_text IS NULL OR extra_source_game_id IS NULL) THEN 'unpaired_row'
    END;
  -- SBRO neutral-site pairs (N/N) do not say which side is home.
  UPDATE batch_games SET problem = 'neutral_site_home_unknown'
   WHERE source = 'sbro' AND problem IS NULL AND status_text = 'neutral';

  -- 4. The MLB schedule is the authority on games.
  UPDATE games g SET game_pk = s.source_game_id::int
    FROM batch_games s
   WHERE s.source = 'mlb_stats_api' AND s.problem IS NULL AND g.game_pk IS NULL
     AND (g.game_date, g.home_team, g.away_team, g.game_number) = (s.game_date, s.home_team, s.away_team, coalesce(s.game_number, 1))
     AND NOT EXISTS (SELECT 1 FROM games x WHERE x.game_pk = s.source_game_id::int);
  -- Two schedule games claiming one date, clubs and game number cannot both be right.
  UPDATE batch_games s SET problem = 'conflicting_game_identity'
   WHERE s.source = 'mlb_stats_api' AND s.problem IS NULL
     AND EXISTS (SELECT 1 FROM batch_games o
                  WHERE o.source = 'mlb_stats_api' AND o.problem IS NULL AND o.source_game_id <> s.source_game_id
                    AND (o.game_date, o.home_team, o.away_team, coalesce(o.game_number, 1))
                      = (s.game_date, s.home_team, s.away_team, coalesce(s.game_number, 1))
                    AND o.source_game_id::int < s.source_game_id::int);
  UPDATE batch_games s SET problem = 'conflicting_game_identity'
   WHERE s.source = 'mlb_stats_api' AND s.problem IS NULL
     AND EXISTS (SELECT 1 FROM games g WHERE (g.game_date, g.home_team, g.away_team, g.game_number)
                                           = (s.game_date, s.home_team, s.away_team, coalesce(s.game_number, 1))
                                         AND g.game_pk IS DISTINCT FROM s.source_game_id::int AND g.game_pk IS NOT NULL);
  INSERT INTO games AS g (game_pk, game_date, start_time, home_team, away_team, game_number, status, home_score, away_score,
                          innings, status_source, status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id)
  SELECT s.source_game_id::int, s.game_date, s.start_time, s.home_team, s.away_team, coalesce(s.game_number, 1), s.status,
         CASE WHEN s.status IN ('final', 'live', 'suspended') THEN s.home_score END,
         CASE WHEN s.status IN ('final', 'live', 'suspended') THEN s.away_score END,
         CASE WHEN s.status IN ('final', 'live', 'suspended') THEN s.innings END,
         'mlb_stats_api', s.fetched_at,
         CASE WHEN s.status = 'final' AND (s.home_score IS NULL OR s.away_score IS NULL) THEN 0.5 ELSE 1 END,
         s.raw_table, s.raw_id, p_run_id
    FROM batch_games s WHERE s.source = 'mlb_stats_api' AND s.problem IS NULL
  ON CONFLICT (game_pk) DO UPDATE SET
    game_date = excluded.game_date, start_time = excluded.start_time, home_team = excluded.home_team,
    away_team = excluded.away_team, game_number = excluded.game_number, status = excluded.status,
    home_score = excluded.home_score, away_score = excluded.away_score, innings = excluded.innings,
    status_source = excluded.status_source, status_fetched_at = excluded.status_fetched_at,
    quality_score = excluded.quality_score, raw_table = excluded.raw_table, raw_id = excluded.raw_id,
    pipeline_run_id = excluded.pipeline_run_id, updated_at = clock_timestamp()
  WHERE g.status_fetched_at <= excluded.status_fetched_at
    AND (g.game_date, g.start_time, g.status, g.home_score, g.away_score, g.innings, g.game_number)
        IS DISTINCT FROM (excluded.game_date, excluded.start_time, excluded.status, excluded.home_score,
                          excluded.away_score, excluded.innings, excluded.game_number);
  UPDATE batch_games s SET game_id = g.game_id, match_method = 'mlb_game_pk', match_confidence = 1
    FROM games g WHERE s.source = 'mlb_stats_api' AND s.problem IS NULL AND g.game_pk = s.source_game_id::int;

  -- 5. Other sources' games: known mapping, else teams + New York date (+ start time).
  PERFORM staging.match_batch_games(p_run_id, v_max_start);
  -- Games no schedule has yet are created from the source (never from VSIN,
  -- which cannot say which team is home), numbered by start or row order.
  INSERT INTO games (game_date, start_time, home_team, away_team, game_number, status, home_score, away_score,
                     status_source, status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id)
  SELECT DISTINCT ON (c.game_date, c.home_team, c.away_team, c.number)
         c.game_date, c.start_time, c.home_team, c.away_team, c.number, c.status,
         CASE WHEN c.status = 'final' THEN c.home_score END, CASE WHEN c.status = 'final' THEN c.away_score END,
         c.source, c.fetched_at,
         round((CASE WHEN c.start_time IS NULL THEN 0 ELSE 1 END
                + CASE WHEN c.status <> 'final' OR (c.home_score IS NOT NULL AND c.away_score IS NOT NULL) THEN 1 ELSE 0 END) / 3.0, 3),
         c.raw_table, c.raw_id, p_run_id
    FROM (SELECT s.*, row_number() OVER (PARTITION BY s.source, s.raw_id, s.game_date, s.home_team, s.away_team
                                         ORDER BY s.start_time NULLS LAST, length(s.source_game_id), s.source_game_id)::smallint AS number
            FROM batch_games s WHERE s.game_id IS NULL AND s.problem IS NULL AND s.source <> 'vsin') c
   ORDER BY c.game_date, c.home_team, c.away_team, c.number, c.fetched_at, c.raw_id
  ON CONFLICT (game_date, home_team, away_team, game_number) DO NOTHING;
  PERFORM staging.match_batch_games(p_run_id, v_max_start);
  UPDATE batch_games s SET problem = CASE
      WHEN EXISTS (SELECT 1 FROM games g WHERE g.game_date = s.game_date
                     AND ((g.home_team, g.away_team) IN ((s.home_team, s.away_team), (s.team_a, s.team_b), (s.team_b, s.team_a))))
        THEN 'ambiguous_game_match'
      ELSE 'no_scheduled_game' END
   WHERE s.game_id IS NULL AND s.problem IS NULL;

  -- Results from sources for games the schedule does not have (SBRO history).
  UPDATE games g SET status = s.status, home_score = s.home_score, away_score = s.away_score,
                     status_source = s.source, status_fetched_at = s.fetched_at, raw_table = s.raw_table,
                     raw_id = s.raw_id, pipeline_run_id = p_run_id, updated_at = clock_timestamp()
    FROM batch_games s
   WHERE s.game_id = g.game_id AND g.game_pk IS NULL AND s.source IN ('sbro', 'action_network')
     AND g.status_fetched_at <= s.fetched_at
     AND (s.status <> 'final' OR (s.home_score IS NOT NULL AND s.away_score IS NOT NULL))
     AND (g.status, g.home_score, g.away_score) IS DISTINCT FROM
         (s.status, CASE WHEN s.status = 'final' THEN s.home_score END, CASE WHEN s.status = 'final' THEN s.away_score END);

  INSERT INTO game_source_ids (source, source_game_id, game_id, match_method, match_confidence, raw_table, raw_id, pipeline_run_id)
  SELECT s.source, ids.id, s.game_id, s.match_method, s.match_confidence, s.raw_table, s.raw_id, p_run_id
    FROM batch_games s CROSS JOIN LATERAL (VALUES (s.source_game_id), (s.extra_source_game_id)) ids(id)
   WHERE s.game_id IS NOT NULL AND ids.id IS NOT NULL
  ON CONFLICT (source, source_game_id) DO NOTHING;

  INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, game_date, details)
  SELECT p_run_id, s.problem, 'reject', 'game', s.source, s.raw_table, s.raw_id, 'game:' || s.source_game_id, s.game_date,
         jsonb_strip_nulls(jsonb_build_object('home', s.home_text, 'away', s.away_text, 'team_a', s.team_a_text,
                                              'team_b', s.team_b_text, 'status', s.status_text, 'date', s.game_date))
    FROM batch_games s WHERE s.problem IS NOT NULL
  ON CONFLICT DO NOTHING;

  -- 6. Price observations: parsed, checked and scored in one pass.
  DROP TABLE IF EXISTS batch_lines;
  CREATE TEMP TABLE batch_lines ON COMMIT DROP AS
  -- Materialized: each price and line is parsed once, not once per reference below.
  WITH base AS MATERIALIZED (
    SELECT l.source, l.raw_table, l.raw_id, l.source_game_id, l.book_text, l.source_market, l.market, l.side_text,
           l.side_team_text, l.line_text, l.price_text, l.observed_at, l.observation_kind,
           m.game_id, g.game_date, g.start_time, g.home_team, g.away_team, b.sportsbook_id,
           parse_american_odds(l.price_text) AS american_price, parse_line(l.line_text) AS line,
           CASE
             WHEN l.market NOT IN ('moneyline', 'spread', 'total') THEN NULL
             WHEN l.source IN ('action_network', 'sbd') THEN
               CASE WHEN lower(l.side_text) IN ('home', 'away', 'over', 'under')
                     AND (lower(l.side_text) IN ('over', 'under')) = (l.market = 'total') THEN lower(l.side_text) END
             WHEN l.source = 'sbro' THEN
               -- The V row holds the visitor's prices and, for totals, the over; the H row the home team's and the under.
               CASE WHEN l.market = 'total' THEN CASE l.side_text WHEN 'V' THEN 'over' WHEN 'H' THEN 'under' END
                    ELSE CASE l.side_text WHEN 'V' THEN 'away' WHEN 'H' THEN 'home' END END
             WHEN l.market = 'total' THEN
               CASE lower(l.side_text) WHEN 'over' THEN 'over' WHEN 'under' THEN 'under' END
             ELSE
               CASE team_for_alias(l.source, l.side_team_text, g.game_date)
                 WHEN g.home_team THEN 'home' WHEN g.away_team THEN 'away' END
           END AS side,
           l.observation_kind IN ('open') AS from_open
      FROM (
        SELECT l.* FROM ok_batch o CROSS JOIN LATERAL staging.lines_of_raw_row(o.raw_table, o.raw_id) l
         WHERE o.raw_table <> 'action_network_odds'
        UNION ALL
        -- Line histories are the bulk: expanded set-based straight from the batch.
        SELECT 'action_network', p.raw_table, p.raw_id, p.fetched_at, p.request_key, NULL, NULL, NULL,
               h.book_text, h.market, h.market, h.side_text, NULL, h.line_text, h.price_text, h.observed_at, 'history'
          FROM ok_batch o JOIN batch_payloads p USING (raw_table, raw_id)
         CROSS JOIN LATERAL raw_data.action_network_history_points(p.payload) h
         WHERE o.raw_table = 'action_network_odds'
      ) l
      LEFT JOIN game_source_ids m ON m.source = l.source AND m.source_game_id = l.source_game_id
      LEFT JOIN games g ON g.game_id = m.game_id
      LEFT JOIN sportsbook_source_ids b ON b.source = l.source AND b.source_book_key = l.book_text
     -- A book that offers nothing states neither price nor line: not an observation.
     -- VSIN's total column states the number without prices: not a price either.
     WHERE (nullif(btrim(l.price_text), '') IS NOT NULL OR nullif(btrim(l.line_text), '') IS NOT NULL)
       AND NOT (l.source = 'vsin' AND l.market = 'total' AND nullif(btrim(l.price_text), '') IS NULL)
  ), checked AS (
    SELECT b.*, CASE
        WHEN b.market NOT IN ('moneyline', 'spread', 'total') THEN 'unsupported_market'
        WHEN b.game_id IS NULL THEN 'unmatched_game'
        WHEN b.sportsbook_id IS NULL THEN 'unknown_book'
        WHEN b.side IS NULL THEN 'unknown_side'
        WHEN nullif(btrim(b.price_text), '') IS NULL THEN 'missing_price'
        WHEN b.american_price IS NULL THEN 'unparseable_price'
        WHEN b.american_price > -100 AND b.american_price < 100 THEN 'price_between_minus_100_and_100'
        WHEN abs(b.american_price) > v_max_odds THEN 'price_out_of_range'
        WHEN b.market <> 'moneyline' AND nullif(btrim(b.line_text), '') IS NULL THEN 'missing_line'
        WHEN b.market <> 'moneyline' AND b.line IS NULL THEN 'unparseable_line'
        WHEN b.market = 'total' AND (b.line < v_min_total OR b.line > v_max_total) THEN 'total_out_of_range'
        WHEN b.observed_at > now() + v_future THEN 'observed_in_future'
      END AS problem,
      b.observed_at IS NOT NULL AND b.start_time IS NOT NULL AND b.observed_at >= b.start_time AS is_live
      FROM base b
  ), sides AS (
    -- The other side of the same observation, for consistency.
    -- Also the spread of each side's copies: one payload stating two prices or lines
    -- for the same observation is a conflict nobody can settle.
    SELECT game_id, sportsbook_id, market, source, raw_id, observed_at, observation_kind,
           min(line) FILTER (WHERE side IN ('home', 'over')) AS first_line,
           min(line) FILTER (WHERE side IN ('away', 'under')) AS second_line,
           max(line) FILTER (WHERE side IN ('home', 'over')) AS first_max_line,
           max(line) FILTER (WHERE side IN ('away', 'under')) AS second_max_line,
           min(american_price) FILTER (WHERE side IN ('home', 'over')) AS first_min_price,
           max(american_price) FILTER (WHERE side IN ('home', 'over')) AS first_max_price,
           min(american_price) FILTER (WHERE side IN ('away', 'under')) AS second_min_price,
           max(american_price) FILTER (WHERE side IN ('away', 'under')) AS second_max_price,
           count(DISTINCT side) AS n_sides
      FROM checked WHERE problem IS NULL
     GROUP BY game_id, sportsbook_id, market, source, raw_id, observed_at, observation_kind
  ), scored AS (
    SELECT c.*, CASE
        WHEN c.problem IS NOT NULL THEN NULL
        WHEN s.n_sides IS NULL OR s.n_sides < 2 THEN 0.5
        WHEN c.market = 'moneyline' THEN 1
        WHEN c.market = 'spread' AND s.first_line = -s.second_line THEN 1
        WHEN c.market = 'total' AND s.first_line = s.second_line THEN 1
        ELSE 0 END::numeric AS consistency,
      c.problem IS NULL AND coalesce(CASE WHEN c.side IN ('home', 'over')
                                          THEN s.first_min_price <> s.first_max_price OR s.first_line <> s.first_max_line
                                          ELSE s.second_min_price <> s.second_max_price OR s.second_line <> s.second_max_line
                                     END, false) AS conflicting
      FROM checked c
      LEFT JOIN sides s ON s.game_id = c.game_id AND s.sportsbook_id = c.sportsbook_id AND s.market = c.market
                       AND s.source = c.source AND s.raw_id = c.raw_id
                       -- coalesce, not IS NOT DISTINCT FROM, so the join can hash
                       AND coalesce(s.observed_at, '-infinity') = coalesce(c.observed_at, '-infinity')
                       AND s.observation_kind = c.observation_kind
  )
  SELECT s.*, CASE WHEN s.problem IS NULL THEN array_remove(ARRAY[
      CASE WHEN s.is_live THEN 'in_play_price' END,
      CASE WHEN s.market = 'spread' AND abs(s.line) <> 1.5 THEN 'unusual_run_line' END,
      CASE WHEN s.market = 'spread' AND s.consistency = 0 THEN 'run_line_sides_not_opposite' END,
      CASE WHEN s.market = 'total' AND s.consistency = 0 THEN 'total_sides_differ' END], NULL)
      ELSE '{}'::text[] END AS warnings
    FROM scored s;
  UPDATE batch_lines SET problem = 'conflicting_duplicate', warnings = '{}' WHERE conflicting;

  INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, game_date, details)
  SELECT p_run_id, r.rule, r.severity, 'line', l.source, l.raw_table, l.raw_id,
         concat_ws(':', l.source_game_id, l.book_text, l.source_market, l.side_text, l.observation_kind, l.observed_at),
         l.game_date,
         jsonb_strip_nulls(jsonb_build_object('game', l.source_game_id, 'book', l.book_text, 'market', l.source_market,
                                              'side', l.side_text, 'team', l.side_team_text, 'line', l.line_text,
                                              'price', l.price_text, 'observed_at', l.observed_at))
    FROM batch_lines l
   CROSS JOIN LATERAL (SELECT l.problem, 'reject' WHERE l.problem IS NOT NULL
                       UNION ALL SELECT w, 'warn' FROM unnest(l.warnings) w) AS r(rule, severity)
  ON CONFLICT DO NOTHING;

  -- Newest raw row first: of two raw rows stating the same observation the newer
  -- is kept and ON CONFLICT skips the older (and anything already stored); one
  -- sort by raw id instead of a sort by the whole natural key.
  INSERT INTO betting_lines (game_id, sportsbook_id, market, side, line, american_price, observed_at, line_timing,
                             is_live, source, quality_score, raw_table, raw_id, pipeline_run_id)
  SELECT game_id, sportsbook_id, market, side, CASE WHEN market = 'moneyline' THEN NULL ELSE line END, american_price,
         observed_at, timing, is_live, source,
         round(0.4 * (CASE WHEN observed_at IS NULL THEN 0.75 ELSE 1 END)
               + 0.4 * greatest(0, 1 - 0.25 * cardinality(warnings)) + 0.2 * consistency, 3),
         raw_table, raw_id, p_run_id
    FROM (SELECT l.*, CASE l.observation_kind WHEN 'open' THEN 'open' WHEN 'close' THEN 'close' ELSE 'observed' END AS timing
            FROM batch_lines l WHERE l.problem IS NULL) x
   ORDER BY raw_id DESC
  ON CONFLICT DO NOTHING;

  -- Only the batch's games, by index, and only the lines whose flag changes:
  -- a join here planned as two scans of the whole table (0.7 s on 2 million lines).
  UPDATE betting_lines SET is_opener = NOT is_opener
   WHERE line_id = ANY (ARRAY(
     SELECT x.line_id
       FROM (SELECT line_id, is_opener, line_timing = 'open' OR (line_timing = 'observed' AND observed_at = min(observed_at)
                    FILTER (WHERE line_timing = 'observed') OVER (PARTITION BY game_id, sportsbook_id, market, side, source)) AS first
               FROM betting_lines
              WHERE game_id = ANY (ARRAY(SELECT DISTINCT game_id FROM batch_lines WHERE problem IS NULL))) x
      WHERE x.is_opener IS DISTINCT FROM x.first));

  -- 7. Betting splits.
  DROP TABLE IF EXISTS batch_splits;
  CREATE TEMP TABLE batch_splits ON COMMIT DROP AS
  WITH stated AS (
    -- Action Network: public betting on each outcome that carries bet_info.
    SELECT 'action_network'::text AS source, p.raw_table, p.raw_id, g.game->>'id' AS source_game_id, b.key AS book_text,
           m.key AS market, o.outcome->>'side' AS side_text, NULL::text AS side_team_text,
           o.outcome->'bet_info'->'tickets'->>'percent' AS bets_text, o.outcome->'bet_info'->'money'->>'percent' AS money_text,
           NULL::text AS count_text, p.fetched_at AS observed_at
      FROM ok_batch x JOIN batch_payloads p USING (raw_table, raw_id)
     CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) g(game)
     CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(g.game->'markets')) b(key, value)
     CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) m(key, value)
     CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.value)) o(outcome)
     WHERE x.raw_table = 'action_network_games' AND jsonb_typeof(o.outcome->'bet_info') = 'object'
    UNION ALL
    -- SportsBettingDime: its own aggregate, per market and side.
    SELECT 'sbd', p.raw_table, p.raw_id, g.game->>'_id', NULL, m.key, s.key, NULL,
           s.value->>'betsPercentage', s.value->>'stakePercentage', s.value->>'bets',
           CASE WHEN m.value->>'updated' ~ '^\d{4}-' THEN (m.value->>'updated')::timestamptz ELSE p.fetched_at END
      FROM ok_batch x JOIN batch_payloads p USING (raw_table, raw_id)
     CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) g(game)
     CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(g.game->'bettingSplits')) m(key, value)
     CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(m.value)) s(key, value)
     WHERE x.raw_table = 'sbd_betting_splits' AND jsonb_typeof(s.value) = 'object'
    UNION ALL
    -- VSIN: Handle and Bets columns belong to the market column before them;
    -- cells list the two teams (or over, under) in page order.
    SELECT 'vsin', p.raw_table, p.raw_id, p.request_key || ':' || t.table_no || ':' || rw.row_no,
           split_part(p.request_key, ':', 2), h.market,
           CASE WHEN h.market = 'total' THEN CASE pos.n WHEN 1 THEN 'over' ELSE 'under' END
                ELSE CASE pos.n WHEN 1 THEN 'first' ELSE 'second' END END,
           rw.cells->0->'texts'->>(pos.n::int - 1),
           CASE WHEN h.kind = 'Bets' THEN rw.cells->(h.i::int - 1)->'texts'->>(pos.n::int - 1) END,
           CASE WHEN h.kind = 'Handle' THEN rw.cells->(h.i::int - 1)->'texts'->>(pos.n::int - 1) END,
           NULL, p.fetched_at
      FROM ok_batch x JOIN batch_payloads p USING (raw_table, raw_id)
     CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'tables')) WITH ORDINALITY t(tbl, table_no)
     CROSS JOIN LATERAL (
       SELECT hc.i, hc.kind, (array_agg(hc.mkt) FILTER (WHERE hc.mkt IS NOT NULL) OVER (ORDER BY hc.i))[
                 count(hc.mkt) OVER (ORDER BY hc.i)] AS market
         FROM (SELECT c.i, array_to_string(ARRAY(SELECT jsonb_array_elements_text(c.cell->'texts')), ' ') AS kind,
                      CASE array_to_string(ARRAY(SELECT jsonb_array_elements_text(c.cell->'texts')), ' ')
                        WHEN 'Moneyline' THEN 'moneyline' WHEN 'Total' THEN 'total' WHEN 'Run Line' THEN 'spread' END AS mkt
                 FROM jsonb_array_elements(raw_data.json_array_or_empty(t.tbl->'rows'->0)) WITH ORDINALITY c(cell, i)) hc
     ) h
     CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(t.tbl->'rows')) WITH ORDINALITY rw(cells, row_no)
     CROSS JOIN LATERAL (VALUES (1), (2)) pos(n)
     WHERE x.raw_table = 'vsin_data' AND rw.row_no > 1 AND h.kind IN ('Handle', 'Bets') AND h.market IS NOT NULL
       AND jsonb_array_length(raw_data.json_array_or_empty(rw.cells->0->'texts')) = 2
  ), merged AS (
    -- VSIN states handle and bets in separate cells: one split per side.
    SELECT source, raw_table, raw_id, source_game_id, book_text, market, side_text, max(side_team_text) AS side_team_text,
           max(bets_text) AS bets_text, max(money_text) AS money_text, max(count_text) AS count_text, observed_at
      FROM stated GROUP BY source, raw_table, raw_id, source_game_id, book_text, market, side_text, observed_at
  )
  SELECT s.*, m.game_id, g.game_date, b.sportsbook_id,
         CASE WHEN s.bets_text ~ '^\s*\d+(\.\d+)?\s*%?\s*$' THEN rtrim(btrim(s.bets_text), '%')::numeric END AS bets_percent,
         CASE WHEN s.money_text ~ '^\s*\d+(\.\d+)?\s*%?\s*$' THEN rtrim(btrim(s.money_text), '%')::numeric END AS money_percent,
         CASE WHEN s.count_text ~ '^\d+$' THEN s.count_text::int END AS bet_count,
         CASE WHEN s.side_text IN ('home', 'away', 'over', 'under') THEN s.side_text
              WHEN s.side_text IN ('first', 'second') THEN
                CASE team_for_alias(s.source, s.side_team_text, g.game_date)
                  WHEN g.home_team THEN 'home' WHEN g.away_team THEN 'away' END END AS side,
         NULL::text AS problem, NULL::text AS warning
    FROM merged s
    LEFT JOIN game_source_ids m ON m.source = s.source AND m.source_game_id = s.source_game_id
    LEFT JOIN games g ON g.game_id = m.game_id
    LEFT JOIN sportsbook_source_ids b ON b.source = s.source AND b.source_book_key = s.book_text;

  ANALYZE batch_splits;
  UPDATE batch_splits SET problem = CASE
      WHEN market NOT IN ('moneyline', 'spread', 'total') THEN 'unsupported_market'
      WHEN game_id IS NULL THEN 'unmatched_game'
      WHEN side IS NULL OR (side IN ('over', 'under')) <> (market = 'total') THEN 'unknown_side'
      WHEN book_text IS NOT NULL AND sportsbook_id IS NULL THEN 'unknown_book'
      WHEN bets_percent IS NULL AND money_percent IS NULL THEN 'missing_percentages'
      WHEN bets_percent > 100 OR money_percent > 100 THEN 'percent_out_of_range'
      WHEN observed_at > now() + v_future THEN 'observed_in_future'
    END;
  UPDATE batch_splits s SET warning = 'split_sides_do_not_sum_to_100'
   WHERE s.problem IS NULL AND EXISTS (
     SELECT 1 FROM batch_splits o
      WHERE o.problem IS NULL AND o.raw_id = s.raw_id AND o.source = s.source AND o.source_game_id = s.source_game_id
        AND o.book_text IS NOT DISTINCT FROM s.book_text AND o.market = s.market AND o.side <> s.side
        AND (abs(coalesce(o.bets_percent, 100 - s.bets_percent) + s.bets_percent - 100) > v_split_tol
             OR abs(coalesce(o.money_percent, 100 - s.money_percent) + s.money_percent - 100) > v_split_tol));

  INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, game_date, details)
  SELECT p_run_id, coalesce(problem, warning), CASE WHEN problem IS NULL THEN 'warn' ELSE 'reject' END, 'split',
         source, raw_table, raw_id, concat_ws(':', source_game_id, book_text, market, side_text), game_date,
         jsonb_strip_nulls(jsonb_build_object('game', source_game_id, 'book', book_text, 'market', market, 'side', side_text,
                                              'team', side_team_text, 'bets', bets_text, 'money', money_text))
    FROM batch_splits WHERE problem IS NOT NULL OR warning IS NOT NULL
  ON CONFLICT DO NOTHING;

  INSERT INTO betting_splits (game_id, source, sportsbook_id, market, side, bets_percent, money_percent, bet_count,
                              observed_at, quality_score, raw_table, raw_id, pipeline_run_id)
  SELECT DISTINCT ON (game_id, source, sportsbook_id, market, side, observed_at)
         game_id, source, sportsbook_id, market, side, bets_percent, money_percent, bet_count, observed_at,
         round(0.4 * ((CASE WHEN bets_percent IS NULL THEN 0 ELSE 1 END + CASE WHEN money_percent IS NULL THEN 0 ELSE 1 END) / 2.0)
               + 0.4 + 0.2 * CASE WHEN warning IS NULL THEN 1 ELSE 0 END, 3),
         raw_table, raw_id, p_run_id
    FROM batch_splits WHERE problem IS NULL
   ORDER BY game_id, source, sportsbook_id, market, side, observed_at, raw_id DESC
  ON CONFLICT DO NOTHING;

  -- 8. What this batch read, promoted, warned and rejected.
  WITH per AS (
    SELECT source, 'games' AS table_name, count(*) AS rows_read,
           count(*) FILTER (WHERE problem IS NULL) AS promoted, 0 AS warned,
           count(*) FILTER (WHERE problem IS NOT NULL) AS rejected
      FROM batch_games GROUP BY source
    UNION ALL
    SELECT source, 'betting_lines', count(*), count(*) FILTER (WHERE problem IS NULL),
           count(*) FILTER (WHERE problem IS NULL AND cardinality(warnings) > 0), count(*) FILTER (WHERE problem IS NOT NULL)
      FROM batch_lines GROUP BY source
    UNION ALL
    SELECT source, 'betting_splits', count(*), count(*) FILTER (WHERE problem IS NULL),
           count(*) FILTER (WHERE problem IS NULL AND warning IS NOT NULL), count(*) FILTER (WHERE problem IS NOT NULL)
      FROM batch_splits GROUP BY source
  )
  INSERT INTO data_quality_metrics (pipeline_run_id, source, table_name, rows_read, rows_promoted, rows_warned, rows_rejected)
  SELECT p_run_id, source, table_name, rows_read, promoted, warned, rejected FROM per
  ON CONFLICT (pipeline_run_id, source, table_name) DO UPDATE
    SET rows_read = data_quality_metrics.rows_read + excluded.rows_read,
        rows_promoted = data_quality_metrics.rows_promoted + excluded.rows_promoted,
        rows_warned = data_quality_metrics.rows_warned + excluded.rows_warned,
        rows_rejected = data_quality_metrics.rows_rejected + excluded.rows_rejected;

  SELECT jsonb_build_object(
           'raw_rows', (SELECT count(*) FROM promotion_batch),
           'games', (SELECT count(*) FROM batch_games WHERE problem IS NULL),
           'lines', (SELECT count(*) FROM batch_lines WHERE problem IS NULL),
           'splits', (SELECT count(*) FROM batch_splits WHERE problem IS NULL),
           'rejected', (SELECT count(*) FROM batch_games WHERE problem IS NOT NULL)
                       + (SELECT count(*) FROM batch_lines WHERE problem IS NOT NULL)
                       + (SELECT count(*) FROM batch_splits WHERE problem IS NOT NULL)
                       + (SELECT count(*) FROM promotion_batch) - (SELECT count(*) FROM ok_batch))
    INTO v_detail;
  RETURN v_detail;
END
$$;
COMMENT ON FUNCTION staging.promote_raw_rows(bigint) IS 'Promotes the raw rows listed in the temp table promotion_batch: games (MLB schedule first, then other sources matched by teams + New York date + start time, or created), each source''s game ids, prices and splits, with every failed rule in validation_results and counts in data_quality_metrics. Set-based and idempotent. Called by promote() and rebuild().';

COMMIT;
