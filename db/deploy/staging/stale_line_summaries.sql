-- Deploy mlb:staging/stale_line_summaries
-- Issue 14, per-game summaries kept during promotion: the games whose stored
-- lines (or start time) changed since their summaries were last computed. A transaction marks a game with a row of its own (marked_by,
-- its transaction id), like pipeline.dirty_dates, so two promotions marking one
-- game never wait for each other; staging.refresh_line_summaries() removes the
-- marks it read once it has computed the games again.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.stale_line_summaries (
  game_id bigint NOT NULL,
  marked_by xid8 NOT NULL DEFAULT pg_current_xact_id(),
  PRIMARY KEY (game_id, marked_by)
);
COMMENT ON TABLE staging.stale_line_summaries IS 'Marks of games whose lines or start time changed since their rows of staging.line_summaries were computed: one row per game and marking transaction, written by statement triggers on staging.betting_line_rows and staging.games, removed by staging.refresh_line_summaries() (which promotion runs at the end of every batch and a curated rebuild before it reads).';
COMMENT ON COLUMN staging.stale_line_summaries.game_id IS 'The game (staging.games) whose summaries must be computed again.';
COMMENT ON COLUMN staging.stale_line_summaries.marked_by IS 'The marking transaction: a mark of its own, so concurrent marks of one game never wait for one another.';
GRANT SELECT ON staging.stale_line_summaries TO mlb_analyst;

COMMIT;
