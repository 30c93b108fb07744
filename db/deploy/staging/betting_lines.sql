-- Deploy mlb:staging/betting_lines (reworked after v0.2.1)
-- Lineage carries the raw row's fetch time: the first key of the rule that
-- decides which copy of an observation wins (staging.promote_store_lines,
-- staging.promote_splits), so promotion compares a new copy with the stored
-- one without reading raw. And the outlet: a sportsbook is a brand, and two
-- of its outlets (Action Network 68 "DK NJ" and 1548 "DK NY") are distinct
-- observations, so the outlet is part of the natural key. And the price as the
-- source stated it when that was decimal odds (The Odds API with
-- oddsFormat=decimal): american_price is then the rounded figure shown, the
-- stated decimal the exact one (1.74 is -135.14, shown -135).
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE staging.betting_lines ADD COLUMN raw_fetched_at timestamptz, ADD COLUMN outlet text NOT NULL DEFAULT '',
  ADD COLUMN stated_decimal_price numeric CHECK (stated_decimal_price > 1);
-- Rows stored before: the source's one id for the brand, when it has exactly one.
UPDATE staging.betting_lines l SET outlet = k.source_book_key
  FROM (SELECT source, sportsbook_id, min(source_book_key) AS source_book_key FROM staging.sportsbook_source_ids
         GROUP BY 1, 2 HAVING count(*) = 1) k
 WHERE k.source = l.source AND k.sportsbook_id = l.sportsbook_id;
ALTER TABLE staging.betting_lines DROP CONSTRAINT betting_lines_game_id_sportsbook_id_market_side_source_line_key,
  ADD CONSTRAINT betting_lines_natural_key
      UNIQUE NULLS NOT DISTINCT (game_id, sportsbook_id, outlet, market, side, source, line_timing, observed_at);

DO $$
DECLARE
  t text;
BEGIN
  -- Every stored row's raw row still exists: retention keeps the rows staging derives from.
  FOR t IN SELECT p.raw_table FROM raw_data.payload_tables p ORDER BY 1 LOOP
    EXECUTE format('UPDATE staging.betting_lines s SET raw_fetched_at = r.fetched_at
                      FROM raw_data.%I r WHERE s.raw_table = %L AND s.raw_id = r.id', t, t);
  END LOOP;
END
$$;

ALTER TABLE staging.betting_lines ALTER COLUMN raw_fetched_at SET NOT NULL;
COMMENT ON COLUMN staging.betting_lines.outlet IS 'The source''s id of the outlet that offered the price (Action Network book id such as 68 = DK NJ, an Odds API key, an SBD name; staging.sportsbook_source_ids); part of the natural key, so two outlets of one brand stay apart. Empty for rows stored before v0.2.2 whose brand the source knew by more than one id.';
COMMENT ON COLUMN staging.betting_lines.stated_decimal_price IS 'The price exactly as stated when the source gave decimal odds (NULL when it gave American odds): american_price is its rounded American figure (2.02 -> +102, 1.74 -> -135); the exact price is coalesce(stated_decimal_price, decimal_price).';
COMMENT ON CONSTRAINT betting_lines_natural_key ON staging.betting_lines IS 'One observation per game, brand, outlet, market, side, source, timing and moment.';
COMMENT ON COLUMN staging.betting_lines.raw_fetched_at IS 'When the raw row (raw_table, raw_id) was fetched. Of several raw rows stating this observation the one fetched last wins; equal fetch times go to the later raw table name, then the later stored raw row (docs/staging.md, "Which copy wins").';

COMMIT;
