-- Revert mlb:curated/refusal_words: the constraints without their words.
BEGIN;
SET LOCAL ROLE mlb_owner;
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT conname, conrelid::regclass AS tbl FROM pg_constraint
            WHERE conrelid IN ('curated.strategies'::regclass, 'curated.user_bets'::regclass) AND contype IN ('c', 'f') LOOP
    EXECUTE format('COMMENT ON CONSTRAINT %I ON %s IS NULL', c.conname, c.tbl);
  END LOOP;
END
$$;
COMMIT;
