-- pgTAP: the contract of change staging/promote/store_lines (promotion step: prices stored),
-- and its rule of which copy of an observation wins: the one fetched last, then the later
-- raw table name, then the later stored raw row; the same whether the copies come in one
-- batch (as in staging.rebuild) or in several (as data arrives). And, since the
-- one-pass promotion flags openers as it stores them, the opener rule: the first
-- observation of the game, book, outlet, market, side and source, stored or new.
BEGIN;
SELECT plan(15);

INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2032-02-02', '2032-02-02 18:00Z', 'NYY', 'BOS', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1,
        (SELECT max(id) FROM pipeline.runs));
CREATE TEMP TABLE test_lines (source text, raw_table text, raw_id bigint, fetched_at timestamptz, source_game_id text,
  book_text text, source_market text, side_text text, side_team_text text, line_text text, price_text text,
  observed_at timestamptz, observation_kind text, game_id bigint, game_date date, sportsbook_id int, market text,
  side text, line numeric, american_price int, is_live boolean, consistency numeric, problem text, warnings text[],
  stated_decimal numeric);
-- promote_lines leaves a view of the batch's lines, which promote_store_lines reads once and drops.
CREATE FUNCTION pg_temp.store() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  CREATE TEMP VIEW batch_lines AS SELECT * FROM test_lines;
  PERFORM staging.promote_store_lines((SELECT max(id) FROM pipeline.runs));
  PERFORM staging.promote_openers();
END
$$;
-- A batch of copies (raw id, fetched at, price) of one observation: the home moneyline at 12:00.
CREATE FUNCTION pg_temp.promote(VARIADIC p_copies text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE test_lines;
  INSERT INTO test_lines
  SELECT 'odds_api', 'odds_api_responses', split_part(c, '/', 1)::bigint, ('2032-02-02 ' || split_part(c, '/', 2) || 'Z')::timestamptz,
         'ev', 'draftkings', 'h2h', 'home', NULL, NULL, split_part(c, '/', 3), '2032-02-02 12:00Z', 'snapshot',
         g.game_id, g.game_date, b.sportsbook_id, 'moneyline', 'home', NULL, split_part(c, '/', 3)::int, false, 0.5, NULL, '{}', NULL
    FROM unnest(p_copies) c, staging.games g, staging.sportsbooks b
   WHERE g.game_date = '2032-02-02' AND b.book_key = 'draftkings';
  PERFORM pg_temp.store();
END
$$;
CREATE FUNCTION pg_temp.stored() RETURNS text LANGUAGE sql AS $$
  SELECT string_agg(l.raw_id || '/' || to_char(l.raw_fetched_at AT TIME ZONE 'UTC', 'HH24:MI') || '/' || l.american_price, ', ')
    FROM staging.betting_lines l JOIN staging.games g USING (game_id) WHERE g.game_date = '2032-02-02'
$$;

SELECT pg_temp.promote('11/10:00/-123', '12/09:00/-150');
SELECT is(pg_temp.stored(), '11/10:00/-123', 'in one batch the copy fetched last wins, not the raw row stored last');
SELECT pg_temp.promote('13/10:30/-140');
SELECT is(pg_temp.stored(), '13/10:30/-140', 'a copy fetched later replaces the stored one, with its lineage');
SELECT pg_temp.promote('14/10:15/-160');
SELECT is(pg_temp.stored(), '13/10:30/-140', 'a copy fetched earlier but stored later does not');
SELECT pg_temp.promote('15/10:30/-145');
SELECT is(pg_temp.stored(), '15/10:30/-145', 'of two copies fetched at the same moment the later stored raw row wins');
SELECT pg_temp.promote('15/10:30/-145', '13/10:30/-140', '14/10:15/-160', '11/10:00/-123', '12/09:00/-150');
SELECT is(pg_temp.stored(), '15/10:30/-145', 'all the copies in one batch (a rebuild) give the same row as promoting them one by one');
DELETE FROM staging.betting_lines l USING staging.games g WHERE g.game_id = l.game_id AND g.game_date = '2032-02-02';
SELECT pg_temp.promote('12/09:00/-150', '14/10:15/-160', '11/10:00/-123', '15/10:30/-145', '13/10:30/-140');
SELECT is(pg_temp.stored(), '15/10:30/-145', 'from empty, in any order, the same winner');

SELECT ok(NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'batch_lines' AND relpersistence = 't' AND relkind = 'v'),
          'the batch''s view is dropped once read');
SELECT is((SELECT read || '/' || promoted || '/' || rejected FROM batch_line_counts WHERE raw_id = 15), '1/1/0',
          'the batch''s lines are counted per raw row');

-- Openers. Observations of the away moneyline at given minutes past 12:00, each batch one raw row.
CREATE FUNCTION pg_temp.observe(p_raw bigint, VARIADIC p_minutes int[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE test_lines;
  INSERT INTO test_lines
  SELECT 'odds_api', 'odds_api_responses', p_raw, '2032-02-02 11:00Z', 'ev', 'draftkings', 'h2h', 'away', NULL, NULL, '+110',
         '2032-02-02 12:00Z'::timestamptz + make_interval(mins => m), 'snapshot',
         g.game_id, g.game_date, b.sportsbook_id, 'moneyline', 'away', NULL, 110, false, 0.5, NULL, '{}', NULL
    FROM unnest(p_minutes) m, staging.games g, staging.sportsbooks b
   WHERE g.game_date = '2032-02-02' AND b.book_key = 'draftkings';
  PERFORM pg_temp.store();
END
$$;
CREATE FUNCTION pg_temp.openers() RETURNS text LANGUAGE sql AS $$
  SELECT string_agg(to_char(l.observed_at AT TIME ZONE 'UTC', 'HH24:MI') || CASE WHEN l.is_opener THEN '*' ELSE '' END, ' '
                    ORDER BY l.observed_at)
    FROM staging.betting_lines l JOIN staging.games g USING (game_id) WHERE g.game_date = '2032-02-02' AND l.side = 'away'
$$;
SELECT pg_temp.observe(21, 20, 10, 30);
SELECT is(pg_temp.openers(), '12:10* 12:20 12:30', 'a new group: its first observation is the opener');
SELECT pg_temp.observe(22, 40, 50);
SELECT is(pg_temp.openers(), '12:10* 12:20 12:30 12:40 12:50', 'later observations leave the stored opener');
SELECT is((SELECT count(*)::int FROM batch_opener_groups), 0, 'and no group needs repair');
SELECT pg_temp.observe(23, 5, 30);
SELECT is(pg_temp.openers(), '12:05* 12:10 12:20 12:30 12:40 12:50', 'an earlier observation takes the flag from the stored opener');
SELECT is((SELECT count(*)::int FROM batch_opener_groups), 1, 'through the one group it displaced');

-- Every rejected price has its own reason (issue 29): Action Network v1 names the period, not the market, so a
-- first-five moneyline and run line of one side shared a reference and 12 rejected rows left 8 reasons.
DROP TABLE batch_line_counts, batch_opener_groups;  -- left above by the step called as this test's own role
DELETE FROM pipeline.promotion_queue;
SELECT raw_data.record_attempt('action_network', 'scoreboard', 'action_network_games', 'tap-v1-f5', now(), now(), p_http_status => 200,
  p_body => '{"games": [{"id": 990001, "start_time": "2032-02-03T23:05:00Z", "home_team_id": 191, "away_team_id": 190,
              "teams": [{"id": 191, "full_name": "New York Yankees"}, {"id": 190, "full_name": "Boston Red Sox"}],
              "odds": [{"book_id": 15, "type": "firstfiveinnings", "inserted": "2032-02-03T18:00:00Z", "ml_home": -120, "ml_away": 100,
                        "spread_home": -0.5, "spread_home_line": 105, "spread_away": 0.5, "spread_away_line": -125,
                        "total": 4.5, "over": -110, "under": -110, "home_total": 2.5, "home_over": 110, "home_under": -145}]}]}');
CREATE TEMP TABLE tap_f5 AS SELECT * FROM staging.promote(10);
SELECT is((SELECT count(*)::int FROM staging.validation_results v JOIN raw_data.action_network_games r
             ON v.raw_table = 'action_network_games' AND v.raw_id = r.id
          WHERE r.request_key = 'tap-v1-f5' AND v.entity = 'line' AND v.severity = 'reject'), 8,
  'eight first-five prices refused, eight reasons: moneyline, run line, total and team total of each side');
SELECT is((SELECT count(DISTINCT v.details->>'market_type')::int FROM staging.validation_results v JOIN raw_data.action_network_games r
             ON v.raw_table = 'action_network_games' AND v.raw_id = r.id
          WHERE r.request_key = 'tap-v1-f5' AND v.rule = 'unsupported_market'), 4, 'each names its market');

SELECT * FROM finish();
ROLLBACK;
