-- Deploy mlb:curated/grade_bet
-- Win, loss, push or void of a bet.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.grade_bet(market text, side text, line numeric, home_score int, away_score int, game_status text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN game_status IS DISTINCT FROM 'final' OR home_score IS NULL OR away_score IS NULL THEN 'void'
  WHEN market = 'moneyline' THEN
    CASE sign(CASE side WHEN 'home' THEN home_score - away_score WHEN 'away' THEN away_score - home_score END)
      WHEN 1 THEN 'win' WHEN -1 THEN 'loss' WHEN 0 THEN 'push' END
  WHEN market = 'spread' THEN
    CASE sign(CASE side WHEN 'home' THEN home_score - away_score WHEN 'away' THEN away_score - home_score END + line)
      WHEN 1 THEN 'win' WHEN -1 THEN 'loss' WHEN 0 THEN 'push' END
  WHEN market = 'total' THEN
    CASE sign(CASE side WHEN 'over' THEN (home_score + away_score) - line WHEN 'under' THEN line - (home_score + away_score) END)
      WHEN 1 THEN 'win' WHEN -1 THEN 'loss' WHEN 0 THEN 'push' END
END;
COMMENT ON FUNCTION curated.grade_bet(text, text, numeric, int, int, text) IS 'win, loss, push or void for a bet on side (home/away/over/under) with line (the side''s run line, or the total) against the final score. Not final (postponed, cancelled, suspended, unplayed) is void: no action. A total on the number, or a whole-number run line covered exactly, is a push.';
GRANT EXECUTE ON FUNCTION curated.grade_bet(text, text, numeric, int, int, text) TO mlb_analyst;

COMMIT;
