-- pgTAP: raw_data/payload_tables_price_format (a raw table can name the request parameter that states its price format).
BEGIN;
SELECT plan(2);
SELECT has_column('raw_data', 'payload_tables', 'price_format_param', 'a raw table names its price format''s request parameter');
SELECT is((SELECT count(*)::int FROM raw_data.payload_tables WHERE price_format_param IS NOT NULL AND NOT decimal_prices), 0,
          'only a table that may state decimal odds names one');
SELECT * FROM finish();
ROLLBACK;
