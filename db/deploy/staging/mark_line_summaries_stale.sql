-- Deploy mlb:staging/mark_line_summaries_stale
-- Issue 14: every statement that inserts, updates or deletes stored lines marks
-- their games, whoever runs it (a promotion, a staging rebuild, a game's
-- deletion, a season move, an insert by hand), so no writer can leave a
-- summary behind its lines.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.mark_line_summaries_stale() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, staging
AS $$
BEGIN
  INSERT INTO staging.stale_line_summaries (game_id)
  SELECT DISTINCT c.game_id FROM changed_rows c
  -- Only this transaction's own mark can conflict: nothing to wait for.
  ON CONFLICT (game_id, marked_by) DO NOTHING;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION staging.mark_line_summaries_stale() IS 'Statement trigger on staging.betting_line_rows: marks the games of the inserted, updated or deleted lines (transition table changed_rows) in staging.stale_line_summaries, one row per game and transaction, so their summaries are computed again (staging.refresh_line_summaries).';

CREATE TRIGGER mark_line_summaries_stale_insert AFTER INSERT ON staging.betting_line_rows REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION staging.mark_line_summaries_stale();
CREATE TRIGGER mark_line_summaries_stale_update_new AFTER UPDATE ON staging.betting_line_rows REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION staging.mark_line_summaries_stale();
CREATE TRIGGER mark_line_summaries_stale_update_old AFTER UPDATE ON staging.betting_line_rows REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION staging.mark_line_summaries_stale();
CREATE TRIGGER mark_line_summaries_stale_delete AFTER DELETE ON staging.betting_line_rows REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION staging.mark_line_summaries_stale();
COMMENT ON TRIGGER mark_line_summaries_stale_insert ON staging.betting_line_rows IS 'The games of inserted lines get their summaries computed again (staging.mark_line_summaries_stale).';
COMMENT ON TRIGGER mark_line_summaries_stale_update_new ON staging.betting_line_rows IS 'The games updated lines now belong to (staging.mark_line_summaries_stale).';
COMMENT ON TRIGGER mark_line_summaries_stale_update_old ON staging.betting_line_rows IS 'The games updated lines belonged to (staging.mark_line_summaries_stale).';
COMMENT ON TRIGGER mark_line_summaries_stale_delete ON staging.betting_line_rows IS 'The games of deleted lines (staging.mark_line_summaries_stale).';

COMMIT;
