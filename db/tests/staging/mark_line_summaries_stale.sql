-- pgTAP: staging.mark_line_summaries_stale, the statement triggers that mark the games of written lines.
BEGIN;
SELECT plan(6);

SELECT set_eq($$SELECT tgname::text FROM pg_trigger WHERE tgrelid = 'staging.betting_line_rows'::regclass
                   AND tgfoid = 'staging.mark_line_summaries_stale()'::regprocedure$$,
  ARRAY['mark_line_summaries_stale_insert', 'mark_line_summaries_stale_update_new', 'mark_line_summaries_stale_update_old',
        'mark_line_summaries_stale_delete'], 'inserts, updates (old and new rows) and deletes of stored lines mark their games');

INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2033-06-06', '2033-06-06 23:00Z', 'NYY', 'BOS', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, (SELECT max(id) FROM pipeline.runs)),
       ('2033-06-06', '2033-06-06 23:05Z', 'NYM', 'PHI', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, (SELECT max(id) FROM pipeline.runs));
CREATE TEMP TABLE g AS SELECT game_id, home_team FROM staging.games WHERE game_date = '2033-06-06';
DELETE FROM staging.stale_line_summaries;

INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, 'moneyline', 'home', -110, '2033-06-06 12:00Z', 'action_network', 1,
       'action_network_odds', 1, now(), (SELECT max(id) FROM pipeline.runs)
  FROM g, staging.sportsbooks b WHERE g.home_team = 'NYY' AND b.book_key = 'draftkings';
SELECT results_eq($$SELECT s.game_id, s.marked_by = pg_current_xact_id() FROM staging.stale_line_summaries s$$,
  $$SELECT game_id, true FROM g WHERE home_team = 'NYY'$$, 'an insert marks its game once, as this transaction');

DELETE FROM staging.stale_line_summaries;
UPDATE staging.betting_line_rows SET american_price = -115 WHERE game_id = (SELECT game_id FROM g WHERE home_team = 'NYY');
SELECT results_eq($$SELECT game_id FROM staging.stale_line_summaries$$, $$SELECT game_id FROM g WHERE home_team = 'NYY'$$,
  'an update marks its game');

DELETE FROM staging.stale_line_summaries;
UPDATE staging.betting_line_rows SET game_id = (SELECT game_id FROM g WHERE home_team = 'NYM')
 WHERE game_id = (SELECT game_id FROM g WHERE home_team = 'NYY');
SELECT set_eq($$SELECT game_id FROM staging.stale_line_summaries$$, $$SELECT game_id FROM g$$,
  'a line moved to another game marks the game it left and the game it joined');

DELETE FROM staging.stale_line_summaries;
DELETE FROM staging.betting_lines l USING g WHERE g.game_id = l.game_id;
SELECT results_eq($$SELECT game_id FROM staging.stale_line_summaries$$, $$SELECT game_id FROM g WHERE home_team = 'NYM'$$,
  'a delete marks its game');

DELETE FROM staging.stale_line_summaries;
UPDATE staging.betting_line_rows SET american_price = american_price WHERE false;
SELECT is((SELECT count(*)::int FROM staging.stale_line_summaries), 0, 'a statement that writes no line marks nothing');

SELECT * FROM finish();
ROLLBACK;
