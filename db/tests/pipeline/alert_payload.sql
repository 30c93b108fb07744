-- pgTAP: the contract of change pipeline/alert_payload (its content: tests/pipeline/raise_signal_alerts.sql).
BEGIN;
SELECT plan(5);

SELECT is(pipeline.alert_payload(-1, 'moneyline', 'home', 'steam', now(), 0, '{}'), NULL, 'an unknown game has no payload');
SELECT is((SELECT provolatile FROM pg_proc WHERE proname = 'alert_payload'), 's', 'it is STABLE');

-- The steam of fixtures/steam_game.psql: DraftKings moved first (21:00), FanDuel (21:03) and BetMGM (21:05);
-- Caesars never moved.
SET LOCAL client_min_messages = warning;
\ir ../fixtures/steam_game.psql
SELECT curated.rebuild('2031-09-01');
CREATE TEMP TABLE steam AS
SELECT pipeline.alert_payload(m.game_id, m.market, m.side, 'steam', m.detected_at, m.size, '{}') AS p
  FROM curated.movement_analysis m WHERE m.game_id = (SELECT game_id FROM tap_game) AND m.movement_type = 'steam'
   AND m.market = 'moneyline';
SELECT is((SELECT p->>'first_mover' FROM steam), 'DraftKings', 'a steam alert names its first mover');
SELECT results_eq($$SELECT x->>'book', (x->>'price_before')::int, (x->>'price_after')::int, (x->>'moved_at')::timestamptz
                      FROM steam, jsonb_array_elements(p->'movers') x$$,
  $$VALUES ('DraftKings'::text, -120, -140, timestamptz '2031-09-01 21:00Z'), ('FanDuel', -120, -140, '2031-09-01 21:03Z'),
           ('BetMGM', -120, -140, '2031-09-01 21:05Z')$$,
  'each book that moved, before -> after and when, in the order they moved; not Caesars, which never moved');
SELECT is((SELECT p->>'game_page' FROM steam), 'game-' || (SELECT game_id FROM tap_game) || '.html', 'and the game''s page');
SELECT * FROM finish();
ROLLBACK;
