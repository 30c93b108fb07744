-- Deploy mlb:curated/place_bet
-- A bet as a bettor states it: the date, a club of the game, the market, the
-- side (home/away/over/under or the club), the line, the price as text
-- (+150, -110, 2.02), the stake and the book by name. Everything is matched
-- exactly (codes, names, the alias tables); anything ambiguous is refused with
-- the reason, never guessed.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.place_bet(p_game_date date, p_team text, p_market text, p_side text, p_line numeric,
                                  p_price text, p_stake numeric, p_book text, p_placed_at timestamptz DEFAULT now(),
                                  p_note text DEFAULT NULL, p_game_number smallint DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging
AS $$
DECLARE
  v_team text;
  v_games bigint[];
  v_game staging.games;
  v_side text := lower(btrim(p_side));
  v_decimal numeric := parse_decimal_odds(p_price);
  v_american integer;
  v_book integer;
  v_bet bigint;
BEGIN
  SELECT t.team_code INTO v_team FROM staging.teams t
   WHERE upper(t.team_code) = upper(btrim(p_team)) OR normalize_name(t.name) = normalize_name(p_team);
  IF v_team IS NULL THEN
    RAISE EXCEPTION 'unknown club %: give its code (NYM) or full name (New York Mets)', p_team USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT array_agg(g.game_id ORDER BY g.game_number) INTO v_games FROM staging.games g
   WHERE g.game_date = p_game_date AND v_team IN (g.home_team, g.away_team)
     AND (p_game_number IS NULL OR g.game_number = p_game_number);
  IF v_games IS NULL THEN
    RAISE EXCEPTION 'no game of % on % in staging.games: a bet must be on a game the pipeline knows', v_team, p_game_date
      USING ERRCODE = 'foreign_key_violation';
  ELSIF cardinality(v_games) > 1 THEN
    RAISE EXCEPTION '% played % games on % (a doubleheader): give the game number', v_team, cardinality(v_games), p_game_date
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT * INTO v_game FROM staging.games WHERE game_id = v_games[1];
  IF upper(v_side) IN (v_game.home_team, v_game.away_team) THEN
    v_side := CASE upper(v_side) WHEN v_game.home_team THEN 'home' ELSE 'away' END;
  ELSIF v_side NOT IN ('home', 'away', 'over', 'under') THEN
    RAISE EXCEPTION 'side % is neither home, away, over, under nor a club of % @ %', p_side, v_game.away_team, v_game.home_team
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF v_decimal IS NULL THEN
    v_american := parse_american_odds(p_price);
    IF v_american IS NULL THEN
      RAISE EXCEPTION 'price % is neither American (+150, -110) nor decimal (2.50) odds', p_price
        USING ERRCODE = 'invalid_parameter_value';
    END IF;
  END IF;
  SELECT b.sportsbook_id INTO v_book FROM staging.sportsbooks b
   WHERE b.is_bettable AND (b.book_key = lower(btrim(p_book)) OR normalize_name(b.name) = normalize_name(p_book)
          OR b.sportsbook_id IN (SELECT a.sportsbook_id FROM staging.sportsbook_name_aliases a
                                  WHERE a.alias_normalized = normalize_name(p_book)));
  IF v_book IS NULL THEN
    RAISE EXCEPTION 'unknown book %: give its name or key as in staging.sportsbooks (DraftKings, draftkings)', p_book
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  INSERT INTO user_bets (game_id, market, side, line, american_price, decimal_price, price_format, stake, sportsbook_id,
                         placed_at, note)
  VALUES (v_game.game_id, lower(btrim(p_market)), v_side, p_line, v_american, v_decimal,
          CASE WHEN v_decimal IS NULL THEN 'american' ELSE 'decimal' END, p_stake, v_book, p_placed_at, p_note)
  RETURNING bet_id INTO v_bet;
  RETURN v_bet;
END
$$;
COMMENT ON FUNCTION curated.place_bet(date, text, text, text, numeric, text, numeric, text, timestamptz, text, smallint) IS 'Enters a bet as a bettor states it and returns its id: SELECT curated.place_bet(''2025-06-14'', ''NYM'', ''moneyline'', ''PHI'', NULL, ''-123'', 50, ''FanDuel''). The game is the club''s game that New York date (the game number for a doubleheader); side is home, away, over, under or a club of the game; the price American (+150, -110, EVEN) or decimal (2.02, kept exact); the book a bettable book''s name, key or alias. Refused with the reason otherwise (and by curated.check_user_bet).';
GRANT EXECUTE ON FUNCTION curated.place_bet(date, text, text, text, numeric, text, numeric, text, timestamptz, text, smallint) TO mlb_analyst;

COMMIT;
