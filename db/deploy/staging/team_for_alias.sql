-- Deploy mlb:staging/team_for_alias
-- Team code of an alias on a date.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- No SET clause: it must stay inlinable, promotion calls it per row.
CREATE OR REPLACE FUNCTION staging.team_for_alias(p_source text, p_alias text, p_date date) RETURNS text
LANGUAGE sql STABLE STRICT
RETURN (
  SELECT CASE WHEN count(DISTINCT a.team_code) = 1 THEN min(a.team_code) END
    FROM staging.team_aliases a
   WHERE a.source = p_source AND a.alias_normalized = staging.normalize_name(p_alias)
     AND p_date BETWEEN a.valid_from AND a.valid_to
);
COMMENT ON FUNCTION staging.team_for_alias(text, text, date) IS 'The club a source''s name or code meant on a date: exact match on the normalised alias within its validity; NULL when unknown or ambiguous (never a guess).';
GRANT EXECUTE ON FUNCTION staging.team_for_alias(text, text, date) TO mlb_analyst;

COMMIT;
