-- Deploy mlb:pipeline/check_setting_value
-- A setting's value is checked where it is written, whoever writes it.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.check_setting_value() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pipeline
AS $$
DECLARE
  v_ok boolean;
BEGIN
  v_ok := CASE NEW.value_type
    WHEN 'boolean' THEN jsonb_typeof(NEW.value) = 'boolean'
    WHEN 'integer' THEN jsonb_typeof(NEW.value) = 'number' AND (NEW.value #>> '{}')::numeric % 1 = 0
    ELSE jsonb_typeof(NEW.value) = 'number' END;
  IF v_ok AND NEW.value_type <> 'boolean' THEN
    v_ok := (NEW.min_value IS NULL OR (NEW.value #>> '{}')::numeric >= NEW.min_value)
        AND (NEW.max_value IS NULL OR (NEW.value #>> '{}')::numeric <= NEW.max_value);
  END IF;
  IF NOT v_ok THEN
    RAISE EXCEPTION '% must be %, not %', NEW.key,
      CASE NEW.value_type
        WHEN 'boolean' THEN 'true or false'
        ELSE CASE NEW.value_type WHEN 'integer' THEN 'a whole number' ELSE 'a number' END
             || CASE WHEN NEW.min_value IS NOT NULL AND NEW.max_value IS NOT NULL
                     THEN format(' from %s to %s', NEW.min_value, NEW.max_value)
                     WHEN NEW.min_value IS NOT NULL THEN format(' of at least %s', NEW.min_value)
                     WHEN NEW.max_value IS NOT NULL THEN format(' of at most %s', NEW.max_value) ELSE '' END END,
      NEW.value::text
      USING ERRCODE = 'check_violation', HINT = 'See the setting''s description: SELECT * FROM pipeline.settings WHERE key = ''' || NEW.key || '''';
  END IF;
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION pipeline.check_setting_value() IS 'Trigger of pipeline.settings: refuses a value that is not of the setting''s type (boolean, integer, number) or outside its range, with a message that says what is allowed (check_violation); so psql, the CLI and the config file are held to the same rule.';

CREATE TRIGGER check_setting_value BEFORE INSERT OR UPDATE ON pipeline.settings
  FOR EACH ROW EXECUTE FUNCTION pipeline.check_setting_value();
COMMENT ON TRIGGER check_setting_value ON pipeline.settings IS 'Every value written is of its setting''s type and in its range (pipeline.check_setting_value).';

COMMIT;
