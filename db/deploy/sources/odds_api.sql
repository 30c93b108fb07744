-- Deploy mlb:sources/odds_api (reworked after v0.2.1)
-- The Odds API can be asked for decimal odds (oddsFormat=decimal): its payloads
-- may state them, and staging reads a price like 2.02 exactly (raw_data.payload_tables.decimal_prices).
BEGIN;
SET LOCAL ROLE mlb_owner;

UPDATE raw_data.payload_tables SET decimal_prices = true WHERE raw_table = 'odds_api_responses';

COMMIT;
