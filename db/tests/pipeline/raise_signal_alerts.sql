-- pgTAP: new signals are recorded once and announced when fresh; a rebuild re-finding them adds nothing.
BEGIN;
SELECT plan(10);

SELECT has_trigger('curated', 'betting_analysis', 'raise_signal_alerts', 'curated.betting_analysis raises alerts');

INSERT INTO pipeline.runs (zone, kind) VALUES ('curated', 'rebuild');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2031-07-01', now() + interval '3 hours', 'PHI', 'NYM', 'scheduled', 'mlb_stats_api', now(), 1, 'mlb_stats_api', 1,
        (SELECT max(id) FROM pipeline.runs));
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source, quality_score,
                                   raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, 'moneyline', 'home', o.price, now() - o.ago::interval, 'odds_api', 1, 'odds_api_responses', 1,
       now(), (SELECT max(id) FROM pipeline.runs)
  FROM staging.games g,
       (VALUES ('draftkings', -110, '3 hours'), ('draftkings', -130, '1 hour'), ('draftkings', -140, '10 minutes'),
               ('fanduel', -112, '175 minutes'), ('fanduel', -128, '59 minutes'), ('fanduel', -150, '1 minute'),
               ('consensus', -111, '3 hours')) o(book, price, ago)
  JOIN staging.sportsbooks b ON b.book_key = o.book
 WHERE g.game_date = '2031-07-01';

CREATE TEMP TABLE game AS SELECT game_id FROM staging.games WHERE game_date = '2031-07-01';
-- Times are relative to now(): the steam is known 5 minutes ago, so FanDuel's -150 a minute ago is after it.
INSERT INTO curated.betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
SELECT game_id, 'moneyline', 'home', s.signal, s.known_at, s.strength, '{"books": 2}', (SELECT max(id) FROM pipeline.runs)
  FROM game, (VALUES ('steam', now() - interval '5 minutes', 0.04), ('sharp_action', now(), 1),
                     ('fade_the_public', now(), 70)) s(signal, known_at, strength);
SELECT results_eq($$SELECT signal, announced FROM pipeline.signal_alerts WHERE game_id = (SELECT game_id FROM game)$$,
  $$VALUES ('steam', true)$$, 'steam is recorded and announced; tier-1 sharp action and fade the public are not alerts');
SELECT is((SELECT payload->>'pick' FROM pipeline.signal_alerts WHERE game_id = (SELECT game_id FROM game)), 'PHI',
  'the payload names the side by its club');
SELECT is((SELECT payload->>'matchup' FROM pipeline.signal_alerts WHERE game_id = (SELECT game_id FROM game)), 'NYM @ PHI',
  'and the game');
SELECT is((SELECT payload->'books' FROM pipeline.signal_alerts WHERE game_id = (SELECT game_id FROM game)),
  '[{"book": "DraftKings", "line_after": null, "price_after": -140, "line_before": null, "price_before": -110},
    {"book": "FanDuel", "line_after": null, "price_after": -128, "line_before": null, "price_before": -112}]'::jsonb,
  'each bettable book''s price before (open) and after (newest at known_at, not later); the consensus pseudo-book is not a book');

-- A rebuild deletes and re-inserts the signals: nothing new is recorded or announced.
DELETE FROM curated.betting_analysis WHERE game_id = (SELECT game_id FROM game);
INSERT INTO curated.betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
SELECT game_id, 'moneyline', 'home', 'steam', now() - interval '5 minutes', 0.05, '{"books": 3}', (SELECT max(id) FROM pipeline.runs)
  FROM game;
SELECT is((SELECT count(*)::int FROM pipeline.signal_alerts WHERE game_id = (SELECT game_id FROM game)), 1,
  'a signal found again by a rebuild is not a new alert');

INSERT INTO curated.betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
SELECT game_id, 'moneyline', 'away', 'sharp_action', now(), 2, '{}', (SELECT max(id) FROM pipeline.runs) FROM game;
SELECT is((SELECT announced FROM pipeline.signal_alerts WHERE game_id = (SELECT game_id FROM game) AND signal = 'sharp_action'),
  true, 'sharp action of tier alerts.sharp_min_tier (2) is announced');

INSERT INTO curated.betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
SELECT game_id, 'spread', 'home', 'reverse_line_movement', now() - interval '1 day', 0.02, '{}', (SELECT max(id) FROM pipeline.runs)
  FROM game;
SELECT results_eq($$SELECT announced, not_announced_reason, payload FROM pipeline.signal_alerts
                     WHERE game_id = (SELECT game_id FROM game) AND signal = 'reverse_line_movement'$$,
  $$VALUES (false, 'found more than alerts.max_age_minutes after known_at', '{}'::jsonb)$$,
  'a signal of a day ago (history, a backfill) is recorded but not announced');

UPDATE pipeline.settings SET value = 'false' WHERE key = 'alerts.enabled';
INSERT INTO curated.betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
SELECT game_id, 'total', 'over', 'steam', now(), 0.03, '{}', (SELECT max(id) FROM pipeline.runs) FROM game;
SELECT is((SELECT not_announced_reason FROM pipeline.signal_alerts WHERE game_id = (SELECT game_id FROM game) AND market = 'total'),
  'alerts.enabled is off', 'with alerts off a signal is recorded, not announced');
UPDATE pipeline.settings SET value = 'true' WHERE key = 'alerts.enabled';

INSERT INTO curated.betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
SELECT game_id, 'total', 'under', 'book_disagreement', now(), 0.021, '{}', (SELECT max(id) FROM pipeline.runs) FROM game;
SELECT is((SELECT count(*)::int FROM pipeline.signal_alerts WHERE game_id = (SELECT game_id FROM game) AND signal = 'book_disagreement'),
  0, 'book disagreement under alerts.book_disagreement_min is no alert');

SELECT * FROM finish();
ROLLBACK;
