-- pgTAP: sources/odds_api/price_format (The Odds API's prices are in the format its request's oddsFormat asked for).
BEGIN;
SELECT plan(1);
SELECT is((SELECT price_format_param FROM raw_data.payload_tables WHERE raw_table = 'odds_api_responses'), 'oddsFormat',
          'oddsFormat states the format');
SELECT * FROM finish();
ROLLBACK;
