-- pgTAP: curated.rebuild_dates, the curated rebuild of dates (or of some of their games): the orchestrator of the steps.
-- The steps' behaviour is tested in their own files and end to end (curated/rebuild, curated/drain_dirty_dates).
BEGIN;
SELECT plan(11);

SELECT hasnt_function('curated', 'rebuild_dates', ARRAY['date[]']::name[], 'no one-argument overload: a call with dates alone is not ambiguous');
SELECT ok((SELECT 'random_page_cost=1.1' = ANY (proconfig) FROM pg_proc WHERE oid = 'curated.rebuild_dates(date[], bigint[])'::regprocedure),
          'curated.rebuild_dates plans for cached lines (random_page_cost 1.1)');

-- Two games of one date with a price each; the date rebuilt whole, then one game alone.
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2033-08-08', '2033-08-08 23:00Z', 'NYY', 'BOS', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, (SELECT max(id) FROM pipeline.runs)),
       ('2033-08-08', '2033-08-08 23:05Z', 'NYM', 'PHI', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, (SELECT max(id) FROM pipeline.runs));
CREATE TEMP TABLE g AS SELECT game_id, home_team FROM staging.games WHERE game_date = '2033-08-08';
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, 'moneyline', 'home', -110, '2033-08-08 12:00Z', 'action_network', 1,
       'action_network_odds', 1, '2033-08-09Z', (SELECT max(id) FROM pipeline.runs)
  FROM g, staging.sportsbooks b WHERE b.book_key = 'draftkings';
SELECT results_eq($$SELECT games::int, lines::int FROM curated.rebuild_dates(ARRAY['2033-08-08'::date])$$, $$VALUES (2, 2)$$,
  'the whole date: both games');
SELECT is((SELECT count(*)::int FROM staging.stale_line_summaries s JOIN g USING (game_id)), 0,
  'the games'' stale summaries were computed before the steps read them');

-- NYY's price moves; NYM's stored curated row is left as it was by a rebuild of NYY alone.
UPDATE staging.betting_line_rows l SET american_price = -130 FROM g WHERE g.game_id = l.game_id AND g.home_team = 'NYY';
UPDATE staging.betting_line_rows l SET american_price = 120 FROM g WHERE g.game_id = l.game_id AND g.home_team = 'NYM';
CREATE TEMP TABLE before AS SELECT e.* FROM curated.betting_lines_enhanced e JOIN g USING (game_id) WHERE g.home_team = 'NYM';
SELECT results_eq($$SELECT games::int, lines::int FROM curated.rebuild_dates(ARRAY['2033-08-08'::date], ARRAY(SELECT game_id FROM g WHERE home_team = 'NYY'))$$,
  $$VALUES (1, 1)$$, 'given a game: that game alone');
SELECT is((SELECT e.close_price FROM curated.betting_lines_enhanced e JOIN g USING (game_id) WHERE g.home_team = 'NYY'), -130,
  'the given game is rebuilt from its lines as they are now');
SELECT set_eq($$SELECT e.* FROM curated.betting_lines_enhanced e JOIN g USING (game_id) WHERE g.home_team = 'NYM'$$,
  $$SELECT * FROM before$$, 'the date''s other game is not touched');
SELECT results_eq($$SELECT count(*)::int FROM curated.enhanced_games e JOIN g USING (game_id)$$, $$VALUES (2)$$,
  'both games are still in curated');
-- A game given with a date it is no longer on (moved since it was marked) is rebuilt under the date it is on.
SELECT results_eq($$SELECT games::int, lines::int FROM curated.rebuild_dates(ARRAY['2033-08-01'::date], ARRAY(SELECT game_id FROM g WHERE home_team = 'NYY'))$$,
  $$VALUES (1, 1)$$, 'a given game on another date than the one given is rebuilt where it is');

-- A rebuild removes the dirty marks it answers (the rule the drain relies on): given a game, the marks naming it; a
-- whole date, every mark of it; never another date's.
DELETE FROM pipeline.dirty_dates;
INSERT INTO pipeline.dirty_dates (game_date, game_id, marked_by) SELECT '2033-08-08', game_id, '1'::xid8 FROM g;
INSERT INTO pipeline.dirty_dates (game_date, marked_by) VALUES ('2033-08-09', '1'::xid8);
SELECT * FROM curated.rebuild_dates(ARRAY['2033-08-08'::date], ARRAY(SELECT game_id FROM g WHERE home_team = 'NYY'));
SELECT results_eq($$SELECT d.game_date, g.home_team FROM pipeline.dirty_dates d LEFT JOIN g USING (game_id) ORDER BY 1, 2$$,
  $$VALUES ('2033-08-08'::date, 'NYM'::text), ('2033-08-09', NULL)$$, 'a rebuild of one game removes its mark alone');
INSERT INTO pipeline.dirty_dates (game_date, marked_by) VALUES ('2033-08-08', '2'::xid8);
SELECT * FROM curated.rebuild_dates(ARRAY['2033-08-08'::date]);
SELECT results_eq($$SELECT game_date, game_id FROM pipeline.dirty_dates$$, $$VALUES ('2033-08-09'::date, NULL::bigint)$$,
  'a rebuild of a whole date removes every mark of it, and no other date''s');

SELECT * FROM finish();
ROLLBACK;
