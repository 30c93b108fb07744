-- Deploy mlb:curated/check_user_bet
-- A bet the pipeline cannot grade is refused with the reason, whoever enters it
-- and however (place_bet, plain INSERT, UPDATE): the price is completed in its
-- other form, the game must be known, the line must fit the market, the book be
-- a real book.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.check_user_bet() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging
AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM staging.games g WHERE g.game_id = NEW.game_id) THEN
    RAISE EXCEPTION 'no game % in staging.games: a bet must be on a game the pipeline knows', NEW.game_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  IF NEW.market IN ('spread', 'total') AND NEW.line IS NULL THEN
    RAISE EXCEPTION 'a % bet needs its line (the run line, or the total)', NEW.market USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.market = 'moneyline' AND NEW.line IS NOT NULL THEN
    RAISE EXCEPTION 'a moneyline bet has no line (got %)', NEW.line USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.market = 'total' AND NEW.side NOT IN ('over', 'under') OR NEW.market <> 'total' AND NEW.side NOT IN ('home', 'away') THEN
    RAISE EXCEPTION 'side % does not belong to the % market', NEW.side, NEW.market USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.decimal_price IS NULL AND NEW.american_price IS NULL THEN
    RAISE EXCEPTION 'a bet needs its price (american_price or decimal_price)' USING ERRCODE = 'not_null_violation';
  END IF;
  IF NEW.decimal_price IS NOT NULL AND NEW.decimal_price <= 1 THEN
    RAISE EXCEPTION 'decimal odds must be above 1 (got %)', NEW.decimal_price USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.american_price IS NOT NULL AND NEW.american_price > -100 AND NEW.american_price < 100 THEN
    RAISE EXCEPTION 'American odds are +100 or more, or -100 or less (got %)', NEW.american_price USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'UPDATE' THEN  -- a corrected price decides the form it was offered in
    IF NEW.american_price IS DISTINCT FROM OLD.american_price AND NEW.decimal_price IS NOT DISTINCT FROM OLD.decimal_price THEN
      NEW.price_format := 'american';
    ELSIF NEW.decimal_price IS DISTINCT FROM OLD.decimal_price AND NEW.american_price IS NOT DISTINCT FROM OLD.american_price THEN
      NEW.price_format := 'decimal';
    END IF;
  END IF;
  NEW.price_format := coalesce(NEW.price_format, CASE WHEN NEW.decimal_price IS NOT NULL AND NEW.american_price IS NULL
                                                      THEN 'decimal' ELSE 'american' END);
  IF NEW.price_format = 'decimal' THEN
    NEW.american_price := decimal_to_american(NEW.decimal_price);
  ELSE
    NEW.decimal_price := american_to_decimal(NEW.american_price);
  END IF;
  IF NOT EXISTS (SELECT FROM staging.sportsbooks b WHERE b.sportsbook_id = NEW.sportsbook_id AND b.is_bettable) THEN
    RAISE EXCEPTION 'sportsbook % is not a book one can bet with (staging.sportsbooks.is_bettable)', NEW.sportsbook_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION curated.check_user_bet() IS 'Trigger of curated.user_bets: refuses, with the reason, a bet on a game staging does not know, a spread or total without its line, a moneyline with one, a side of another market, a price that is no price, a pseudo-book; completes the price in its other form (decimal offered: american_price is its rounded figure; American offered: the exact decimal).';

CREATE TRIGGER check_user_bet BEFORE INSERT OR UPDATE ON curated.user_bets
  FOR EACH ROW EXECUTE FUNCTION curated.check_user_bet();
COMMENT ON TRIGGER check_user_bet ON curated.user_bets IS 'Checks and completes each bet (curated.check_user_bet).';

COMMIT;
