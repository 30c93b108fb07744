-- Deploy mlb:staging/raw_copy
-- Which copy of an observation wins, as one rule. The same game, price, split or
-- catalogue entry may be stated by several raw rows (a replay, a refetch, two
-- tables of a source); the one with the greatest staging.raw_copy(...) wins: the
-- one fetched last, equal fetch times going to the later raw table name, then to
-- the later stored raw row (docs/staging.md, "Which copy wins"). Every step that
-- keeps one copy orders by it (DESC: the winner first) or compares two with it;
-- nothing spells the three keys again.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TYPE staging.raw_copy AS (
  fetched_at timestamptz,
  raw_table text,
  raw_id bigint
);
COMMENT ON TYPE staging.raw_copy IS 'A raw row as the winning-copy rule compares it: fetch time, then raw table name, then raw id (row comparison, in that order). Made by staging.raw_copy().';
COMMENT ON COLUMN staging.raw_copy.fetched_at IS 'When the raw row was fetched: the later fetch wins.';
COMMENT ON COLUMN staging.raw_copy.raw_table IS 'Its raw table: of equal fetch times, the later name wins.';
COMMENT ON COLUMN staging.raw_copy.raw_id IS 'Its raw id: then the later stored row wins.';

CREATE OR REPLACE FUNCTION staging.raw_copy(p_fetched_at timestamptz, p_raw_table text, p_raw_id bigint) RETURNS staging.raw_copy
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT ROW(p_fetched_at, p_raw_table, p_raw_id)::staging.raw_copy $$;
COMMENT ON FUNCTION staging.raw_copy(timestamptz, text, bigint) IS 'The winning-copy rule: of several raw rows stating the same observation, the one with the greatest value wins (fetched last; equal fetch times: the later raw table name, then the later raw row). Steps order by it DESC to keep the winner (staging.promote_store_lines, promote_splits, promote_books, promote_source_games, promote_stated_games) and compare a new copy with the stored one by it. Inlined where called.';
GRANT EXECUTE ON FUNCTION staging.raw_copy(timestamptz, text, bigint) TO mlb_analyst;

COMMIT;
