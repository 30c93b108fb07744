-- pgTAP: staging.change_points_of, the one rule for change points (stored by staging.refresh_line_summaries,
-- computed for stale games by staging.line_movements).
BEGIN;
SELECT plan(9);

SELECT has_function('staging', 'change_points_of', ARRAY['bigint[]']::name[], 'staging.change_points_of(bigint[]) exists');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.change_points_of(bigint[])'::regprocedure), 'mlb_owner', 'staging.change_points_of is owned by mlb_owner');
SELECT ok((SELECT NOT prosecdef AND proconfig IS NULL AND provolatile = 's' AND prolang = (SELECT oid FROM pg_language WHERE lanname = 'sql')
             FROM pg_proc WHERE oid = 'staging.change_points_of(bigint[])'::regprocedure),
  'a stable SQL function without SET clauses or SECURITY DEFINER: inlined where it is called');

INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2033-05-05', '2033-05-05 23:00Z', 'NYY', 'BOS', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1,
        (SELECT max(id) FROM pipeline.runs));
-- Outlet 68: -110, -110 again, -120, then the run line's points move at the same price; outlet 1548 steady at -115;
-- a stated open and close are not part of a series.
INSERT INTO staging.betting_lines (game_id, sportsbook_id, outlet, market, side, line, american_price, observed_at, line_timing,
                                   source, quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, o.outlet, o.market, 'home', o.line, o.price, '2033-05-05 12:00Z'::timestamptz + o.after,
       o.timing, 'action_network', 1, 'action_network_odds', 1, now(), (SELECT max(id) FROM pipeline.runs)
  FROM staging.games g, staging.sportsbooks b,
       (VALUES ('68', 'moneyline', NULL::numeric, -110, interval '0 min', 'observed'), ('68', 'moneyline', NULL, -110, interval '10 min', 'observed'),
               ('68', 'moneyline', NULL, -120, interval '30 min', 'observed'), ('1548', 'moneyline', NULL, -115, interval '5 min', 'observed'),
               ('1548', 'moneyline', NULL, -115, interval '40 min', 'observed'),
               ('68', 'spread', -1.5, 140, interval '0 min', 'observed'), ('68', 'spread', -2.5, 140, interval '20 min', 'observed'),
               ('68', 'moneyline', NULL, -300, interval '1 min', 'open'), ('68', 'moneyline', NULL, 300, interval '2 min', 'close')
       ) o(outlet, market, line, price, after, timing)
 WHERE g.game_date = '2033-05-05' AND b.book_key = 'draftkings';

SELECT results_eq($$
  SELECT staging.line_code_name('market', c.market), c.outlet, c.previous_line, c.line, c.previous_price, c.american_price,
         c.observed_at - '2033-05-05 12:00Z', c.previous_change_at, c.first_observed_at - '2033-05-05 12:00Z', c.is_live
    FROM staging.change_points_of(ARRAY(SELECT game_id FROM staging.games WHERE game_date = '2033-05-05')) c
   ORDER BY 1, c.observed_at$$,
  $$VALUES ('moneyline'::text, '68'::text, NULL::numeric, NULL::numeric, -110, -120, interval '30 min', NULL::timestamptz, interval '0', false),
           ('spread', '68', -1.5, -2.5, 140, 140, interval '20 min', NULL, interval '0', false)$$,
  'a price change and a points change at the same price are change points; a price seen again, another outlet''s steady price and a stated open or close are not');

-- A second change of the series is timed from the first.
INSERT INTO staging.betting_lines (game_id, sportsbook_id, outlet, market, side, american_price, observed_at, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, '68', 'moneyline', 'home', -135, '2033-05-05 13:00Z', 'action_network', 1,
       'action_network_odds', 1, now(), (SELECT max(id) FROM pipeline.runs)
  FROM staging.games g, staging.sportsbooks b WHERE g.game_date = '2033-05-05' AND b.book_key = 'draftkings';
SELECT results_eq($$
  SELECT c.previous_price, c.american_price, c.previous_change_at
    FROM staging.change_points_of(ARRAY(SELECT game_id FROM staging.games WHERE game_date = '2033-05-05')) c
   WHERE c.market = 'm' ORDER BY c.observed_at$$,
  $$VALUES (-110, -120, NULL::timestamptz), (-120, -135, '2033-05-05 12:30Z'::timestamptz)$$,
  'the previous change point is the series'' own');
SELECT is((SELECT count(*)::int FROM staging.change_points_of('{}')), 0, 'no games, no change points');

-- The same as an independent reading of the rule: each series in time order, a row whose price or points differ from the previous.
SELECT set_eq($$SELECT line_id FROM staging.change_points_of(ARRAY(SELECT game_id FROM staging.games WHERE game_date = '2033-05-05'))$$,
  $$SELECT line_id FROM (
      SELECT l.line_id, l.american_price, l.line,
             lag(l.american_price) OVER w AS p, lag(l.line) OVER w AS pl, row_number() OVER w AS n
        FROM staging.betting_lines l JOIN staging.games g USING (game_id)
       WHERE g.game_date = '2033-05-05' AND l.line_timing = 'observed'
      WINDOW w AS (PARTITION BY l.game_id, l.sportsbook_id, l.market, l.side, l.source, l.outlet ORDER BY l.observed_at)) x
     WHERE n > 1 AND (american_price <> p OR line IS DISTINCT FROM pl)$$,
  'the change points are exactly the rows whose price or points differ from their series'' previous row');

-- Stored and computed agree: the stored rows after a refresh are the computed ones.
SELECT ok(staging.refresh_line_summaries((SELECT max(id) FROM pipeline.runs)) >= 1, 'the game is computed and stored');
SELECT set_eq($$SELECT * FROM staging.line_change_points WHERE game_id = (SELECT game_id FROM staging.games WHERE game_date = '2033-05-05')$$,
  $$SELECT * FROM staging.change_points_of(ARRAY(SELECT game_id FROM staging.games WHERE game_date = '2033-05-05'))$$,
  'the stored change points are the rule''s');

SELECT * FROM finish();
ROLLBACK;
