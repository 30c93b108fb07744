-- Deploy mlb:raw_data/payload_tables (reworked after v0.2.1)
-- Which raw tables may state decimal odds. Only The Odds API can be asked for
-- them (oddsFormat=decimal); every other source states American odds, and a
-- number like 9.5 in their price cells is a data error (a real 2018 SBRO row
-- has its total in the Close column), never odds to convert. A source's file
-- says whether its payloads may (sources/odds_api sets it).
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE raw_data.payload_tables ADD COLUMN decimal_prices boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN raw_data.payload_tables.decimal_prices IS 'Whether its payloads may state decimal odds (The Odds API requested with oddsFormat=decimal): a price written like 2.02 is then read as decimal odds (staging.parse_decimal_odds); elsewhere prices are American only.';

COMMIT;
