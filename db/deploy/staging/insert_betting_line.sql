-- Deploy mlb:staging/insert_betting_line
-- staging.betting_lines is a view of the narrow staging.betting_line_rows; a
-- line inserted by name (a test, a hand correction) is stored with its codes.
-- Promotion writes the table directly.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.insert_betting_line() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, staging
AS $$
DECLARE
  v_season smallint := (SELECT season_of(g.game_date) FROM games g WHERE g.game_id = NEW.game_id);
BEGIN
  IF v_season IS NULL THEN  -- no game, no season: refused as the reference check refuses it
    RAISE EXCEPTION 'staging.betting_lines refers to a game that does not exist: %', NEW.game_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  INSERT INTO betting_line_rows (season, game_id, sportsbook_id, market, side, line, american_price, observed_at, line_timing,
                                 is_opener, is_live, source, quality_score, raw_table, raw_id, pipeline_run_id,
                                 raw_fetched_at, outlet, stated_decimal_price)
  VALUES (v_season, NEW.game_id, NEW.sportsbook_id, line_code('market', NEW.market), line_code('side', NEW.side), NEW.line,
          NEW.american_price, NEW.observed_at, line_code('timing', coalesce(NEW.line_timing, 'observed')),
          coalesce(NEW.is_opener, false), coalesce(NEW.is_live, false), NEW.source, NEW.quality_score, NEW.raw_table,
          NEW.raw_id, NEW.pipeline_run_id, NEW.raw_fetched_at, coalesce(NEW.outlet, ''), NEW.stated_decimal_price)
  RETURNING line_id INTO NEW.line_id;
  NEW.decimal_price := american_to_decimal(NEW.american_price);
  NEW.implied_probability := american_to_implied_probability(NEW.american_price);
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION staging.insert_betting_line() IS 'INSTEAD OF INSERT trigger on the view staging.betting_lines: stores the line in staging.betting_line_rows with the codes of its market, side and timing (staging.line_code; a name it does not list is refused by the NOT NULL columns), its game''s season and the defaults of the table (observed, not opener, not live, no outlet); RETURNING gives the stored line_id.';
CREATE TRIGGER insert_line INSTEAD OF INSERT ON staging.betting_lines
  FOR EACH ROW EXECUTE FUNCTION staging.insert_betting_line();
COMMENT ON TRIGGER insert_line ON staging.betting_lines IS 'An insert by name is stored in staging.betting_line_rows (staging.insert_betting_line).';

COMMIT;
