-- Deploy mlb:pipeline/setting_numeric
-- A numeric setting.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.setting_numeric(setting_key text) RETURNS numeric
LANGUAGE sql STABLE
SET search_path = pg_catalog, pipeline
RETURN (SELECT (s.value #>> '{}')::numeric FROM pipeline.settings s WHERE s.key = setting_key);
COMMENT ON FUNCTION pipeline.setting_numeric(text) IS 'The current value of a numeric setting.';
GRANT EXECUTE ON FUNCTION pipeline.setting_numeric(text) TO mlb_analyst;

COMMIT;
