-- Deploy mlb:raw_data/line_movements_raw
-- History points with the point before.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW raw_data.line_movements_raw AS
SELECT l.source, l.raw_table, l.raw_id, l.source_game_id, l.book_text, l.market, l.side_text,
       l.line_text, l.price_text, l.observed_at,
       lag(l.line_text) OVER w AS previous_line_text,
       lag(l.price_text) OVER w AS previous_price_text,
       lag(l.observed_at) OVER w AS previous_observed_at
  FROM raw_data.betting_lines_raw l
 WHERE l.observation_kind = 'history'
WINDOW w AS (PARTITION BY l.raw_id, l.book_text, l.market, l.side_text ORDER BY l.observed_at);
COMMENT ON VIEW raw_data.line_movements_raw IS 'Line history points as the source stated them (Action Network histories), each with the point before it in the same payload, book, market and side. Unchanged repeats are kept here; staging.line_movements keeps only changes.';
COMMENT ON COLUMN raw_data.line_movements_raw.source IS 'Source key.';
COMMENT ON COLUMN raw_data.line_movements_raw.raw_table IS 'raw_data table of the payload.';
COMMENT ON COLUMN raw_data.line_movements_raw.raw_id IS 'id of the raw row (lineage).';
COMMENT ON COLUMN raw_data.line_movements_raw.source_game_id IS 'The source''s game id.';
COMMENT ON COLUMN raw_data.line_movements_raw.book_text IS 'Book as the source identifies it.';
COMMENT ON COLUMN raw_data.line_movements_raw.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN raw_data.line_movements_raw.side_text IS 'Side as the source states it.';
COMMENT ON COLUMN raw_data.line_movements_raw.line_text IS 'Points at this point of the history.';
COMMENT ON COLUMN raw_data.line_movements_raw.price_text IS 'Price at this point of the history.';
COMMENT ON COLUMN raw_data.line_movements_raw.observed_at IS 'Time of this history point.';
COMMENT ON COLUMN raw_data.line_movements_raw.previous_line_text IS 'Points at the point before, NULL for the first.';
COMMENT ON COLUMN raw_data.line_movements_raw.previous_price_text IS 'Price at the point before, NULL for the first.';
COMMENT ON COLUMN raw_data.line_movements_raw.previous_observed_at IS 'Time of the point before.';

COMMIT;
