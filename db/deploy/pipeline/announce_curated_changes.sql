-- Deploy mlb:pipeline/announce_curated_changes
-- A live page needs to know when curated changed (issue 31): each curated run that
-- succeeds, and each change of the bets people placed, is announced with NOTIFY
-- mlb_curated_changes, delivered at commit (a rolled-back run announces nothing).
-- Every role may NOTIFY any channel, so the notification only says "look again":
-- a listener reads what changed from the views, never from the notification.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.announce_curated_changes() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pipeline
AS $$
BEGIN
  -- One notification per transaction and payload: PostgreSQL folds identical ones.
  IF TG_LEVEL = 'ROW' THEN
    PERFORM pg_notify('mlb_curated_changes', jsonb_build_object('run_id', NEW.id)::text);
  ELSE
    PERFORM pg_notify('mlb_curated_changes', jsonb_build_object('table', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME)::text);
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION pipeline.announce_curated_changes() IS 'Trigger: announces a change of curated with NOTIFY mlb_curated_changes (delivered at commit): {"run_id": ..} when a curated run succeeds, {"table": "curated.user_bets"} when bets change. The payload is a hint to look again, never data: any role may notify any channel, so mlb-agent serve reads what changed from the views.';

CREATE OR REPLACE TRIGGER announce_curated_changes AFTER UPDATE OF status ON pipeline.runs
  FOR EACH ROW WHEN (NEW.zone = 'curated' AND NEW.status = 'succeeded' AND OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION pipeline.announce_curated_changes();
COMMENT ON TRIGGER announce_curated_changes ON pipeline.runs IS 'Announces each curated run that succeeds (pipeline.announce_curated_changes).';

CREATE OR REPLACE TRIGGER announce_curated_changes AFTER INSERT OR UPDATE OR DELETE ON curated.user_bets
  FOR EACH STATEMENT EXECUTE FUNCTION pipeline.announce_curated_changes();
COMMENT ON TRIGGER announce_curated_changes ON curated.user_bets IS 'Announces a change of the bets people placed (pipeline.announce_curated_changes).';

COMMIT;
