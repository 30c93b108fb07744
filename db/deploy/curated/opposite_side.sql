-- Deploy mlb:curated/opposite_side
-- The other side of a two-way market.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.opposite_side(side text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE side WHEN 'home' THEN 'away' WHEN 'away' THEN 'home' WHEN 'over' THEN 'under' WHEN 'under' THEN 'over' END;
COMMENT ON FUNCTION curated.opposite_side(text) IS 'The other side of a two-way market: home/away, over/under.';

COMMIT;
