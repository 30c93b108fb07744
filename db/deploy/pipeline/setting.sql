-- Deploy mlb:pipeline/setting
-- A setting as JSON.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.setting(setting_key text) RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, pipeline
RETURN (SELECT s.value FROM pipeline.settings s WHERE s.key = setting_key);
COMMENT ON FUNCTION pipeline.setting(text) IS 'The current value of a setting as JSON; NULL for an unknown key.';
GRANT EXECUTE ON FUNCTION pipeline.setting(text) TO mlb_analyst;

COMMIT;
