-- Deploy mlb:raw_data/parser_types (reworked after v0.2.1)
-- A catalogue entry states more than an id and a name: the real Action Network
-- catalogue gives each outlet its brand (parent_name, book_parent_id), the
-- states it serves (meta.states), whether it is legal (meta.is_legal), and the
-- payload has a fetch time, which decides which catalogue is the newest.
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TYPE raw_data.stated_book
  ADD ATTRIBUTE brand_name text,
  ADD ATTRIBUTE brand_id text,
  ADD ATTRIBUTE states text[],
  ADD ATTRIBUTE is_legal boolean,
  ADD ATTRIBUTE fetched_at timestamptz;
COMMENT ON TYPE raw_data.stated_book IS 'An entry of a source''s book catalogue as stated: the source''s book id and display name, its brand (name and id, when the source states them), the states it serves, whether it is legal, and when the catalogue was fetched.';

COMMIT;
