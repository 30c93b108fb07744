-- Deploy mlb:pipeline/setting_enabled
-- A boolean setting.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.setting_enabled(setting_key text) RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog, pipeline
RETURN coalesce((SELECT (s.value #>> '{}')::boolean FROM pipeline.settings s WHERE s.key = setting_key), false);
COMMENT ON FUNCTION pipeline.setting_enabled(text) IS 'True when a boolean setting is on; false when off or unknown.';
GRANT EXECUTE ON FUNCTION pipeline.setting_enabled(text) TO mlb_analyst;

COMMIT;
