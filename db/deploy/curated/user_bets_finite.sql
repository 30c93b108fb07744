-- Deploy mlb:curated/user_bets_finite
-- A bet's numbers are numbers (issue 29): PostgreSQL's numeric holds NaN, which passes
-- CHECK (stake > 0) because NaN sorts above every number, and decimal_price also holds
-- Infinity. "x < 'Infinity'" refuses both (NULL lines still pass). A database holding
-- such a bet is named, bet by bet, instead of half-altered.
BEGIN;
SET LOCAL ROLE mlb_owner;

DO $$
DECLARE
  v_bets text;
BEGIN
  SELECT string_agg(bet_id::text, ', ' ORDER BY bet_id) INTO v_bets
    FROM curated.user_bets
   WHERE NOT (stake < 'Infinity' AND coalesce(line < 'Infinity', true) AND decimal_price < 'Infinity');
  IF v_bets IS NOT NULL THEN
    RAISE EXCEPTION 'bets % hold NaN or Infinity in stake, line or decimal_price: correct or delete them, then deploy again', v_bets
      USING ERRCODE = '23514';
  END IF;
END
$$;

ALTER TABLE curated.user_bets
  ADD CONSTRAINT user_bets_stake_finite CHECK (stake < 'Infinity'),
  ADD CONSTRAINT user_bets_line_finite CHECK (line < 'Infinity'),
  ADD CONSTRAINT user_bets_decimal_price_finite CHECK (decimal_price < 'Infinity');
COMMENT ON CONSTRAINT user_bets_stake_finite ON curated.user_bets IS 'The stake is a number: not NaN (which passes stake > 0).';
COMMENT ON CONSTRAINT user_bets_line_finite ON curated.user_bets IS 'The line, when given, is a number: not NaN.';
COMMENT ON CONSTRAINT user_bets_decimal_price_finite ON curated.user_bets IS 'The decimal odds are a number: neither NaN nor Infinity (both pass decimal_price > 1).';

COMMIT;
