-- pgTAP: staging.refresh_line_summaries, the change points and summaries of stale games computed again.
BEGIN;
SELECT plan(15);

INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
CREATE TEMP TABLE run AS SELECT max(id) AS id FROM pipeline.runs;
SELECT staging.refresh_line_summaries((SELECT id FROM run));  -- whatever was stale before
SELECT is(staging.refresh_line_summaries((SELECT id FROM run)), 0, 'nothing stale, nothing computed');

INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2033-07-07', '2033-07-07 23:00Z', 'NYY', 'BOS', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, (SELECT id FROM run)),
       ('2033-07-07', '2033-07-07 23:05Z', 'NYM', 'PHI', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, (SELECT id FROM run));
CREATE TEMP TABLE g AS SELECT game_id, home_team FROM staging.games WHERE game_date = '2033-07-07';
-- NYY: a stated open (no time), observations at 12:00 (-110), 13:00 (-110 again), 14:00 (-120), 22:00 (-125) and a live
-- one after first pitch (-200); raw ids tell them apart. NYM: one observation.
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, line_timing, is_live, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, 'moneyline', 'home', o.price, o.at, o.timing, o.live, 'action_network', 1,
       'action_network_odds', o.raw, now(), (SELECT id FROM run)
  FROM g, staging.sportsbooks b,
       (VALUES ('NYY', -105, NULL::timestamptz, 'open', false, 1), ('NYY', -110, '2033-07-07 12:00Z', 'observed', false, 2),
               ('NYY', -110, '2033-07-07 13:00Z', 'observed', false, 3), ('NYY', -120, '2033-07-07 14:00Z', 'observed', false, 4),
               ('NYY', -125, '2033-07-07 22:00Z', 'observed', false, 5), ('NYY', -200, '2033-07-07 23:30Z', 'observed', true, 6),
               ('NYM', 150, '2033-07-07 12:00Z', 'observed', false, 7)) o(home, price, at, timing, live, raw)
 WHERE g.home_team = o.home AND b.book_key = 'draftkings';
CREATE FUNCTION pg_temp.summary(p_home text) RETURNS TABLE (observations int, open_raw bigint, close_raw bigint,
                                                            latest_raw bigint, raw_id bigint)
LANGUAGE sql AS $$
  SELECT s.observations, op.raw_id, cl.raw_id, la.raw_id, s.raw_id
    FROM staging.line_summaries s JOIN g USING (game_id)
    LEFT JOIN staging.betting_line_rows op ON op.line_id = s.open_line_id
    LEFT JOIN staging.betting_line_rows cl ON cl.line_id = s.close_line_id
    JOIN staging.betting_line_rows la ON la.line_id = s.latest_line_id
   WHERE g.home_team = p_home
$$;

SELECT is(staging.refresh_line_summaries((SELECT id FROM run), ARRAY(SELECT game_id FROM g WHERE home_team = 'NYY')), 1,
  'only the games asked for are computed');
SELECT results_eq($$SELECT game_id FROM staging.stale_line_summaries$$, $$SELECT game_id FROM g WHERE home_team = 'NYM'$$,
  'their marks are removed; the other game''s mark stays');
SELECT results_eq($$SELECT * FROM pg_temp.summary('NYY')$$, $$VALUES (6, 1::bigint, 5::bigint, 6::bigint, 6::bigint)$$,
  'six observations; open the stated opener, close the last pre-game, latest the live one');
SELECT is((SELECT count(*)::int FROM pg_temp.summary('NYM')), 0, 'a game not asked for has no summary yet');
SELECT is(staging.refresh_line_summaries((SELECT id FROM run)), 1, 'without games: every stale game');
SELECT results_eq($$SELECT * FROM pg_temp.summary('NYM')$$, $$VALUES (1, 7::bigint, 7::bigint, 7::bigint, 7::bigint)$$,
  'one observation: the open, the close and the latest');

-- The start time moves before 22:00: that observation is no longer pre-game; the close moves back to 14:00.
UPDATE staging.games SET start_time = '2033-07-07 21:00Z' WHERE game_id = (SELECT game_id FROM g WHERE home_team = 'NYY');
SELECT is(staging.refresh_line_summaries((SELECT id FROM run)), 1, 'a moved start time makes the game stale');
SELECT results_eq($$SELECT close_raw FROM pg_temp.summary('NYY')$$, $$VALUES (4::bigint)$$, 'the close is the last observation before the new start');

-- A stated close wins over the last observation; deleting every line removes the summaries.
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, line_timing, source, quality_score,
                                   raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, 'moneyline', 'home', -130, 'close', 'sbro', 1, 'sbro_odds', 8, now(), (SELECT id FROM run)
  FROM g, staging.sportsbooks b WHERE g.home_team = 'NYY' AND b.book_key = 'draftkings';
SELECT staging.refresh_line_summaries((SELECT id FROM run));
SELECT results_eq($$SELECT observations, close_raw, latest_raw FROM pg_temp.summary('NYY')$$, $$VALUES (7, 8::bigint, 6::bigint)$$,
  'a stated close is the close; the newest observation stays the latest (undated lines last)');
DELETE FROM staging.betting_lines l USING g WHERE g.game_id = l.game_id;
SELECT staging.refresh_line_summaries((SELECT id FROM run));
SELECT is((SELECT count(*)::int FROM staging.line_summaries s JOIN g USING (game_id)), 0,
  'a game without lines has no summaries');

-- When the close candidate was last shown (issue 28). TOR-BAL at 23:05: SBD shows DraftKings at a fetch at 16:00
-- (raw 20), then fetches at 22:40 and 23:10 return the same body, which the raw zone logs as unchanged copies of raw
-- 20. CHC-STL at 23:05: the candidate's newest stored copy was fetched after first pitch (raw 21 at 23:30).
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2033-07-08', '2033-07-08 23:05Z', 'TOR', 'BAL', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, (SELECT id FROM run)),
       ('2033-07-08', '2033-07-08 23:05Z', 'CHC', 'STL', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, (SELECT id FROM run));
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, 'moneyline', 'home', -118, o.at, o.source, 1, o.raw_table, o.raw, o.fetched, (SELECT id FROM run)
  FROM staging.games g, staging.sportsbooks b,
       (VALUES ('TOR', 'sbd', 'sbd_responses', 20, '2033-07-08 16:00Z'::timestamptz, '2033-07-08 16:00Z'::timestamptz),
               ('CHC', 'odds_api', 'odds_api_responses', 21, '2033-07-08 20:00Z', '2033-07-08 23:30Z')) o(home, source, raw_table, raw, at, fetched)
 WHERE g.game_date = '2033-07-08' AND g.home_team = o.home AND b.book_key = 'draftkings';
INSERT INTO raw_data.collection_log (source, endpoint, request_key, started_at, finished_at, http_status, outcome, raw_table, raw_id)
VALUES ('sbd', 'odds', '2033-07-08', '2033-07-08 22:39:59Z', '2033-07-08 22:40Z', 200, 'unchanged', 'sbd_responses', 20),
       ('sbd', 'odds', '2033-07-08', '2033-07-08 23:09:59Z', '2033-07-08 23:10Z', 200, 'unchanged', 'sbd_responses', 20),
       ('sbd', 'odds', '2033-07-08', '2033-07-08 21:00Z', '2033-07-08 21:00:01Z', 200, 'unchanged', 'sbd_responses', 19);
SELECT staging.refresh_line_summaries((SELECT id FROM run));
SELECT results_eq($$SELECT g.home_team, s.close_confirmed_at FROM staging.line_summaries s JOIN staging.games g USING (game_id)
                     WHERE g.game_date = '2033-07-08' ORDER BY 1$$,
  $$VALUES ('CHC'::text, '2033-07-08 23:05Z'::timestamptz), ('TOR', '2033-07-08 22:40Z')$$,
  'the close candidate is confirmed by the last unchanged fetch of its body before first pitch (not one after, not another body''s), and by a copy fetched after first pitch up to first pitch');
SELECT is((SELECT count(*)::int FROM staging.line_summaries s JOIN staging.games g USING (game_id)
            WHERE g.game_date = '2033-07-08' AND s.close_line_id IS NOT NULL), 2,
  'the candidate stays the summary''s close: whether it counts is curated''s to decide (lines.close_window_minutes)');
-- CHC-STL: SBD showed DraftKings at -125 at 21:00 (and never again); The Odds API's copy fetched after first pitch
-- still states its -118 of 20:00: the history's quote, confirmed up to first pitch, is the close candidate,
-- though SBD's was observed later.
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, 'moneyline', 'home', -125, '2033-07-08 21:00Z', 'sbd', 1, 'sbd_responses', 22,
       '2033-07-08 21:00Z', (SELECT id FROM run)
  FROM staging.games g, staging.sportsbooks b WHERE g.game_date = '2033-07-08' AND g.home_team = 'CHC' AND b.book_key = 'draftkings';
SELECT staging.refresh_line_summaries((SELECT id FROM run));
SELECT results_eq($$SELECT l.source, l.american_price, s.close_confirmed_at FROM staging.line_summaries s
                      JOIN staging.games g USING (game_id) JOIN staging.betting_lines l ON l.line_id = s.close_line_id
                     WHERE g.game_date = '2033-07-08' AND g.home_team = 'CHC'$$,
  $$VALUES ('odds_api'::text, -118, '2033-07-08 23:05Z'::timestamptz)$$,
  'of each source''s last pre-game quote, the one shown latest before first pitch is the candidate, not the one observed latest');
UPDATE staging.games SET start_time = NULL WHERE game_date = '2033-07-08' AND home_team = 'TOR';
SELECT staging.refresh_line_summaries((SELECT id FROM run));
SELECT is((SELECT s.close_confirmed_at FROM staging.line_summaries s JOIN staging.games g USING (game_id)
            WHERE g.game_date = '2033-07-08' AND g.home_team = 'TOR'), NULL, 'a game without a start time has no confirmation');

SELECT * FROM finish();
ROLLBACK;
