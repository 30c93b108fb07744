-- Deploy mlb:staging/mark_shown_again
-- A fetch that comes back unchanged shows the same prices and splits again (issue 28):
-- it confirms a close and shows the public after a move, but it stores no raw row, so
-- nothing was promoted and no game was computed again. The live day found it: a reverse
-- line move, seen again by unchanged fetches right after the move, was known three
-- minutes late, when some other change rebuilt its game; on a quiet day a close confirmed
-- only by unchanged fetches would never be. Each unchanged attempt now marks the games
-- its body states for new summaries and a curated rebuild. It never fails the attempt's
-- insert: an error is a warning.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Splits are stored in raw id order, like lines (staging.betting_line_rows_raw_brin).
CREATE INDEX IF NOT EXISTS betting_splits_raw_brin ON staging.betting_splits USING brin (raw_id);
COMMENT ON INDEX staging.betting_splits_raw_brin IS 'Lineage: the splits of a raw row, by block ranges of raw ids (a BRIN: nearly free to keep up on insert); what an unchanged fetch marks (staging.mark_shown_again).';

CREATE OR REPLACE FUNCTION staging.mark_shown_again() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, staging, pipeline
AS $$
DECLARE
  v_games bigint[];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM new_attempts n WHERE n.outcome = 'unchanged') THEN
    RETURN NULL;
  END IF;
  BEGIN
    v_games := ARRAY(
      SELECT l.game_id FROM new_attempts n
        JOIN staging.betting_line_rows l ON l.raw_id = n.raw_id AND l.raw_table = n.raw_table
       WHERE n.outcome = 'unchanged'
      UNION
      SELECT s.game_id FROM new_attempts n
        JOIN staging.betting_splits s ON s.raw_id = n.raw_id AND s.raw_table = n.raw_table
       WHERE n.outcome = 'unchanged');
    IF cardinality(v_games) > 0 THEN
      -- Only this transaction's own marks can conflict: nothing to wait for.
      INSERT INTO staging.stale_line_summaries (game_id) SELECT unnest(v_games)
      ON CONFLICT (game_id, marked_by) DO NOTHING;
      INSERT INTO pipeline.dirty_dates (game_date, game_id)
      SELECT g.game_date, g.game_id FROM staging.games g WHERE g.game_id = ANY (v_games)
      ON CONFLICT (game_date, game_id, marked_by) DO NOTHING;
    END IF;
  EXCEPTION WHEN OTHERS THEN
    RAISE WARNING 'could not mark the games an unchanged fetch shows again: % (%)', SQLERRM, SQLSTATE;
  END;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION staging.mark_shown_again() IS 'Statement trigger on raw_data.collection_log: an attempt whose body came back unchanged (outcome unchanged) shows again the lines and splits staged from the raw row it points at, so their games are marked for new summaries (staging.stale_line_summaries: a close it confirms) and a curated rebuild (pipeline.dirty_dates: splits seen after a move); one mark per game and transaction. Never fails the insert: an error becomes a warning.';

CREATE OR REPLACE TRIGGER mark_shown_again AFTER INSERT ON raw_data.collection_log REFERENCING NEW TABLE AS new_attempts
  FOR EACH STATEMENT EXECUTE FUNCTION staging.mark_shown_again();
COMMENT ON TRIGGER mark_shown_again ON raw_data.collection_log IS 'An unchanged fetch marks the games its body states (staging.mark_shown_again).';

COMMIT;
