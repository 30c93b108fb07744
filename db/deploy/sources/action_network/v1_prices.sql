-- Deploy mlb:sources/action_network/v1_prices (reworked after v0.3.0)
-- A v1 odds object also prices each club's team total (home_total with home_over and
-- home_under, away_total with away_over and away_under: a real payload has 3.5 at
-- +110/-145 for book 15). They are stated as the markets home team total and away
-- team total, which staging does not take (unsupported_market, with the prices): never
-- silently dropped (issue 29).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION raw_data.action_network_v1_prices(odds jsonb)
RETURNS TABLE (period text, market text, side text, line_text text, price_text text, bets_text text, money_text text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT odds->>'type', CASE WHEN odds->>'type' = 'game' THEN f.market ELSE (odds->>'type') || ' ' || f.market END,
         f.side, odds->>f.line_field, odds->>f.price_field, odds->>f.bets_field, odds->>f.money_field
    FROM (VALUES ('moneyline', 'home', NULL, 'ml_home', 'ml_home_public', 'ml_home_money'),
                 ('moneyline', 'away', NULL, 'ml_away', 'ml_away_public', 'ml_away_money'),
                 ('spread', 'home', 'spread_home', 'spread_home_line', 'spread_home_public', 'spread_home_money'),
                 ('spread', 'away', 'spread_away', 'spread_away_line', 'spread_away_public', 'spread_away_money'),
                 ('total', 'over', 'total', 'over', 'total_over_public', 'total_over_money'),
                 ('total', 'under', 'total', 'under', 'total_under_public', 'total_under_money'),
                 ('home team total', 'over', 'home_total', 'home_over', NULL, NULL),
                 ('home team total', 'under', 'home_total', 'home_under', NULL, NULL),
                 ('away team total', 'over', 'away_total', 'away_over', NULL, NULL),
                 ('away team total', 'under', 'away_total', 'away_under', NULL, NULL))
         AS f(market, side, line_field, price_field, bets_field, money_field)
$$;
COMMENT ON FUNCTION raw_data.action_network_v1_prices(jsonb) IS 'The ten prices of one Action Network v1 odds object (ml_home/ml_away; spread_home/spread_away with spread_home_line/spread_away_line; total with over/under; the team totals home_total with home_over/home_under and away_total with away_over/away_under, markets home team total and away team total, which staging does not take: unsupported_market) with the public ticket and money percentages of each side (*_public, *_money). The market is moneyline/spread/total for type game, else prefixed by the type (e.g. firstfiveinnings moneyline), which staging does not take as a full-game line.';

COMMIT;
