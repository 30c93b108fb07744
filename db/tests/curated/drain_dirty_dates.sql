-- pgTAP: curated.drain_dirty_dates, the rebuild of the dirty dates: the marked games of a date, or the whole date.
-- Concurrent drains are shown with real sessions in agent/tests/test_curated_workers.py.
BEGIN;
SELECT plan(10);

-- Two games of one date with a price each, curated whole.
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2033-09-09', '2033-09-09 23:00Z', 'NYY', 'BOS', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, (SELECT max(id) FROM pipeline.runs)),
       ('2033-09-09', '2033-09-09 23:05Z', 'NYM', 'PHI', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, (SELECT max(id) FROM pipeline.runs));
CREATE TEMP TABLE g AS SELECT game_id, home_team FROM staging.games WHERE game_date = '2033-09-09';
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, 'moneyline', s.side, -110, '2033-09-09 12:00Z', 'action_network', 1,
       'action_network_odds', 1, '2033-09-10Z', (SELECT max(id) FROM pipeline.runs)
  FROM g, staging.sportsbooks b, (VALUES ('home'), ('away')) s(side) WHERE b.book_key = 'draftkings';
SELECT results_eq($$SELECT p.game_id FROM pipeline.dirty_dates p WHERE p.game_date = '2033-09-09' ORDER BY 1$$,
  $$SELECT game_id FROM g ORDER BY 1$$, 'promotion marks the date with each game it touched');
DELETE FROM pipeline.dirty_dates;
SELECT * FROM curated.rebuild('2033-09-09');
CREATE TEMP TABLE runs_before AS
SELECT 'enhanced_games' AS t, pipeline_run_id FROM curated.enhanced_games e JOIN g USING (game_id) WHERE g.home_team = 'NYM'
UNION ALL SELECT 'lines', pipeline_run_id FROM curated.betting_lines_enhanced e JOIN g USING (game_id) WHERE g.home_team = 'NYM'
UNION ALL SELECT 'consensus', pipeline_run_id FROM curated.market_consensus e JOIN g USING (game_id) WHERE g.home_team = 'NYM'
UNION ALL SELECT 'features', pipeline_run_id FROM curated.feature_vectors e JOIN g USING (game_id) WHERE g.home_team = 'NYM';

-- A batch touches NYY alone: its mark names it; the drain rebuilds it and leaves NYM's rows as they were.
UPDATE staging.betting_line_rows l SET american_price = -140 FROM g WHERE g.game_id = l.game_id AND g.home_team = 'NYY' AND l.side = 'h';
UPDATE staging.betting_line_rows l SET american_price = -140 FROM g WHERE g.game_id = l.game_id AND g.home_team = 'NYM' AND l.side = 'h';
INSERT INTO pipeline.dirty_dates (game_date, game_id) SELECT '2033-09-09', game_id FROM g WHERE home_team = 'NYY';
SELECT results_eq($$SELECT dates, games::int, remaining::int FROM curated.drain_dirty_dates()$$, $$VALUES (1, 1, 0)$$,
  'one date drained, one game rebuilt, nothing left');
SELECT is((SELECT close_price FROM curated.betting_lines_enhanced e JOIN g USING (game_id) WHERE g.home_team = 'NYY' AND e.side = 'home'),
  -140, 'the marked game is rebuilt');
SELECT set_eq($$SELECT t, pipeline_run_id FROM (
    SELECT 'enhanced_games' AS t, pipeline_run_id FROM curated.enhanced_games e JOIN g USING (game_id) WHERE g.home_team = 'NYM'
    UNION ALL SELECT 'lines', pipeline_run_id FROM curated.betting_lines_enhanced e JOIN g USING (game_id) WHERE g.home_team = 'NYM'
    UNION ALL SELECT 'consensus', pipeline_run_id FROM curated.market_consensus e JOIN g USING (game_id) WHERE g.home_team = 'NYM'
    UNION ALL SELECT 'features', pipeline_run_id FROM curated.feature_vectors e JOIN g USING (game_id) WHERE g.home_team = 'NYM') x$$,
  $$SELECT * FROM runs_before$$, 'the date''s other game keeps every row the whole-date rebuild wrote');

-- A mark naming no game is the whole date, even beside a mark naming one.
INSERT INTO pipeline.dirty_dates (game_date, game_id) SELECT '2033-09-09', game_id FROM g WHERE home_team = 'NYY';
INSERT INTO pipeline.dirty_dates (game_date, marked_by) VALUES ('2033-09-09', '1'::xid8);
SELECT results_eq($$SELECT dates, games::int, remaining::int FROM curated.drain_dirty_dates()$$, $$VALUES (1, 2, 0)$$,
  'a date marked whole: both games rebuilt, every mark read removed');
SELECT is((SELECT close_price FROM curated.betting_lines_enhanced e JOIN g USING (game_id) WHERE g.home_team = 'NYM' AND e.side = 'home'),
  -140, 'the other game too');

-- The schedule moves NYY to the next day: the update marks the new date with that game; drained, curated has it
-- under the new date only, and NYM stays where it was.
DELETE FROM pipeline.dirty_dates;
UPDATE staging.games SET game_date = '2033-09-10', start_time = '2033-09-10 23:00Z'
 WHERE game_id = (SELECT game_id FROM g WHERE home_team = 'NYY');
SELECT results_eq($$SELECT game_date, game_id FROM pipeline.dirty_dates$$,
  $$SELECT '2033-09-10'::date, game_id FROM g WHERE home_team = 'NYY'$$, 'the move marks the new date with the game');
SELECT * FROM curated.drain_dirty_dates();
SELECT results_eq($$SELECT g.home_team, e.game_date FROM curated.enhanced_games e JOIN g USING (game_id) ORDER BY 1$$,
  $$VALUES ('NYM'::text, '2033-09-09'::date), ('NYY', '2033-09-10')$$,
  'the moved game is rebuilt under its new date and gone from the old one; the other game stays');

-- A backlog is rebuilt in slices of about pipeline.rebuild_max_lines prices: three dates of one partition (eight
-- days apart), the first with NYM's two prices, the others with none; at two prices a rebuild, the first date is a
-- rebuild and the two others one more, in one drain, and nothing is left.
DELETE FROM pipeline.dirty_dates;
UPDATE pipeline.settings SET value = '2' WHERE key = 'pipeline.rebuild_max_lines';
INSERT INTO pipeline.dirty_dates (game_date) VALUES ('2033-09-09'), ('2033-09-17'), ('2033-09-25');
CREATE TEMP TABLE last_run AS SELECT max(id) AS id FROM pipeline.runs;
SELECT results_eq($$SELECT dates, games::int, remaining::int FROM curated.drain_dirty_dates()$$, $$VALUES (3, 1, 0)$$,
  'three dates of one partition drained in one call (one game on them), none left');
SELECT results_eq($$SELECT target_date FROM pipeline.runs
                     WHERE zone = 'curated' AND kind = 'rebuild' AND id > (SELECT id FROM last_run) ORDER BY id$$,
  $$VALUES ('2033-09-09'::date), (NULL)$$, 'in two rebuilds: the date with the prices alone, then the two others together');

SELECT * FROM finish();
ROLLBACK;
