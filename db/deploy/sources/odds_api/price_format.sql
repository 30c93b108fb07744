-- Deploy mlb:sources/odds_api/price_format
-- The Odds API states its prices in the format its request's oddsFormat asked for
-- (american or decimal; mlb-agent asks [sources.odds_api] odds_format).
BEGIN;
SET LOCAL ROLE mlb_owner;

UPDATE raw_data.payload_tables SET price_format_param = 'oddsFormat' WHERE raw_table = 'odds_api_responses';

COMMIT;
