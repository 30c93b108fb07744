-- Deploy mlb:sources/sbro/season
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION raw_data.sbro_season(p_request_key text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE WHEN p_request_key ~ '^\d{4}:' THEN left(p_request_key, 4)
              ELSE (SELECT min(m[1]) FROM regexp_matches(p_request_key, '(?<![0-9])((?:18|19|20)[0-9]{2})(?![0-9])', 'g') m
                     HAVING count(*) = 1) END
$$;
COMMENT ON FUNCTION raw_data.sbro_season(text) IS 'The season an SBRO import is for: the request key''s leading four-digit year ("2015:mlb odds.xlsx", from import-sbro --season), else the one standalone year (18xx-20xx, no digit either side) in the file name; NULL when there is none or more than one.';

COMMIT;
