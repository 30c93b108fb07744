-- Deploy mlb:raw_data/payload_tables_price_format
-- How a payload states its prices comes from its request, never from how a number
-- looks (issue 29): The Odds API asked for oddsFormat=decimal writes even money as 2
-- (JavaScript and jq write 2.0 that way), which the look-based rule read as American +2.
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE raw_data.payload_tables ADD COLUMN price_format_param text;
COMMENT ON COLUMN raw_data.payload_tables.price_format_param IS 'The request parameter (a key of the raw row''s request_params) whose value, american or decimal, says how the payload states every price: The Odds API''s oddsFormat. A row whose request names it is read in that format (decimal: any unsigned number, 2 is even money; american: never decimal). NULL, or a row whose request does not name it: American, or decimal when written with a decimal point where decimal_prices allows.';

COMMIT;
