-- Deploy mlb:staging/normalize_name
-- Name normalised for alias lookups.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.normalize_name(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN nullif(lower(regexp_replace(btrim(name), '\s+', ' ', 'g')), '');
COMMENT ON FUNCTION staging.normalize_name(text) IS 'The key alias lookups compare: trimmed, lower case, inner whitespace collapsed. Nothing else (no substring or prefix matching).';
GRANT EXECUTE ON FUNCTION staging.normalize_name(text) TO mlb_analyst;

COMMIT;
