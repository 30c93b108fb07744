-- pgTAP: curated.best_price_at takes each book's newest price at the moment, never a later one, at the common line.
BEGIN;
SELECT plan(5);

INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2031-09-01', '2031-09-01 23:05Z', 'LAD', 'SD', 'scheduled', 'mlb_stats_api', now(), 1, 'mlb_stats_api', 1,
        (SELECT max(id) FROM pipeline.runs));
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, line, american_price, observed_at, source, quality_score,
                                   raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, o.market, 'over', o.line, o.price, o.at::timestamptz, 'odds_api', 1, 'odds_api_responses', 1,
       now(), (SELECT max(id) FROM pipeline.runs)
  FROM staging.games g,
       (VALUES ('draftkings', 'total', 8.5, -110, '2031-09-01 18:00Z'), ('draftkings', 'total', 8.5, -105, '2031-09-01 20:00Z'),
               ('fanduel', 'total', 8.5, -108, '2031-09-01 19:00Z'), ('betmgm', 'total', 9.0, 120, '2031-09-01 19:00Z'),
               ('caesars', 'total', 8.5, 100, '2031-09-01 21:00Z')) o(book, market, line, price, at)
  JOIN staging.sportsbooks b ON b.book_key = o.book
 WHERE g.game_date = '2031-09-01';
CREATE TEMP TABLE g AS SELECT game_id FROM staging.games WHERE game_date = '2031-09-01';

SELECT results_eq($$SELECT american_price, line, books FROM curated.best_price_at((SELECT game_id FROM g), 'total', 'over', '2031-09-01 19:30Z')$$,
  $$VALUES (-108, 8.5::numeric, 2)$$, 'at 19:30: DraftKings -110 and FanDuel -108 at 8.5 (the common line); BetMGM''s +120 at 9 is another bet');
SELECT results_eq($$SELECT american_price FROM curated.best_price_at((SELECT game_id FROM g), 'total', 'over', '2031-09-01 20:30Z')$$,
  $$VALUES (-105)$$, 'at 20:30: DraftKings moved to -105; Caesars'' +100 at 21:00 is not known yet');
SELECT results_eq($$SELECT american_price, books FROM curated.best_price_at((SELECT game_id FROM g), 'total', 'over', '2031-09-01 20:30Z', 9.0)$$,
  $$VALUES (120, 1)$$, 'at a line asked for');
SELECT is_empty($$SELECT * FROM curated.best_price_at((SELECT game_id FROM g), 'total', 'over', '2031-09-01 17:00Z')$$,
  'before any price there is none');
SELECT is((SELECT provolatile FROM pg_proc WHERE proname = 'best_price_at'), 's', 'it is STABLE');

SELECT * FROM finish();
ROLLBACK;
