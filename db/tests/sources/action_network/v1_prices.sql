-- pgTAP: raw_data.action_network_v1_prices: one v1 odds object in, its ten prices out.
BEGIN;
SELECT plan(3);
SELECT set_eq($$SELECT period, market, side, line_text, price_text, bets_text, money_text FROM raw_data.action_network_v1_prices(
                  '{"type": "game", "ml_away": -130, "ml_home": 110, "ml_home_public": 41, "ml_home_money": 55, "spread_away": 1.5, "spread_away_line": -180,
                    "spread_home": -1.5, "spread_home_line": 150, "total": 8.5, "over": -110, "under": -110}')$$,
  $$VALUES ('game', 'moneyline', 'home', NULL::text, '110', '41', '55'), ('game', 'moneyline', 'away', NULL, '-130', NULL, NULL),
           ('game', 'spread', 'home', '-1.5', '150', NULL, NULL), ('game', 'spread', 'away', '1.5', '-180', NULL, NULL),
           ('game', 'total', 'over', '8.5', '-110', NULL, NULL), ('game', 'total', 'under', '8.5', '-110', NULL, NULL),
           ('game', 'home team total', 'over', NULL, NULL, NULL, NULL), ('game', 'home team total', 'under', NULL, NULL, NULL, NULL),
           ('game', 'away team total', 'over', NULL, NULL, NULL, NULL), ('game', 'away team total', 'under', NULL, NULL, NULL, NULL)$$,
  'moneyline, spread and total per side with their public ticket and money percentages; team totals not offered state nothing');
SELECT is((SELECT string_agg(DISTINCT market, ',') FROM raw_data.action_network_v1_prices('{"type": "firstfiveinnings", "ml_home": 100}')),
  'firstfiveinnings away team total,firstfiveinnings home team total,firstfiveinnings moneyline,firstfiveinnings spread,firstfiveinnings total',
  'another period''s markets are named by their type');
SELECT set_eq($$SELECT market, side, line_text, price_text FROM raw_data.action_network_v1_prices(
                  '{"type": "game", "book_id": 15, "home_total": 3.5, "home_over": 110, "home_under": -145, "away_total": 4.5, "away_over": -120, "away_under": -105}')
                 WHERE market LIKE '%team total'$$,
  $$VALUES ('home team total', 'over', '3.5', '110'), ('home team total', 'under', '3.5', '-145'),
           ('away team total', 'over', '4.5', '-120'), ('away team total', 'under', '4.5', '-105')$$,
  'each club''s team total is stated with its over and under price (staging: unsupported_market), never dropped');
SELECT * FROM finish();
ROLLBACK;
