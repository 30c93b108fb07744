-- pgTAP: pipeline/lineage (the chain behind a game): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(3);

-- A game in, its chain out: curated rows, the staging rows, their raw rows and collection attempts.
\ir ../fixtures/bet_games.psql
CREATE TEMP TABLE chain AS SELECT l.* FROM staging.games g, pipeline.lineage(g.game_id) l
                            WHERE g.game_date = '2031-08-01' AND g.home_team = 'NYY';
SELECT set_eq($$SELECT DISTINCT zone, object FROM chain$$,
  $$VALUES ('curated', 'curated.enhanced_games'), ('curated', 'curated.strategy_results'), ('staging', 'staging.games'),
           ('staging', 'staging.betting_lines')$$, 'the curated game and its graded bets, the staging game and its lines');
SELECT results_eq($$SELECT row_key, raw_table, raw_id FROM chain WHERE object = 'staging.betting_lines'$$,
  $$VALUES ('raw rows of 8 observations', 'odds_api_responses', 1::bigint)$$, 'lines grouped by the raw row they came from');
SELECT is((SELECT count(*)::int FROM chain WHERE pipeline_run_id IS NULL), 0, 'every row names the run that wrote it');

SELECT * FROM finish();
ROLLBACK;
