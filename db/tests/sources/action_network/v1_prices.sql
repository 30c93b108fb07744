-- pgTAP: raw_data.action_network_v1_prices: one v1 odds object in, its six prices out.
BEGIN;
SELECT plan(2);
SELECT set_eq($$SELECT period, market, side, line_text, price_text, bets_text, money_text FROM raw_data.action_network_v1_prices(
                  '{"type": "game", "ml_away": -130, "ml_home": 110, "ml_home_public": 41, "ml_home_money": 55, "spread_away": 1.5, "spread_away_line": -180,
                    "spread_home": -1.5, "spread_home_line": 150, "total": 8.5, "over": -110, "under": -110}')$$,
  $$VALUES ('game', 'moneyline', 'home', NULL::text, '110', '41', '55'), ('game', 'moneyline', 'away', NULL, '-130', NULL, NULL),
           ('game', 'spread', 'home', '-1.5', '150', NULL, NULL), ('game', 'spread', 'away', '1.5', '-180', NULL, NULL),
           ('game', 'total', 'over', '8.5', '-110', NULL, NULL), ('game', 'total', 'under', '8.5', '-110', NULL, NULL)$$,
  'moneyline, spread and total per side with their public ticket and money percentages');
SELECT is((SELECT string_agg(DISTINCT market, ',') FROM raw_data.action_network_v1_prices('{"type": "firstfiveinnings", "ml_home": 100}')),
  'firstfiveinnings moneyline,firstfiveinnings spread,firstfiveinnings total', 'another period''s markets are named by their type');
SELECT * FROM finish();
ROLLBACK;
