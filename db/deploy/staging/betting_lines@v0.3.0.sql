-- Deploy mlb:staging/betting_lines
-- One row per price observation: the view every reader reads, over the narrow
-- table staging.betting_line_rows (codes decoded to names, the decimal price and
-- implied probability computed exactly from the American price). An insert goes
-- through staging.insert_betting_line(); deletes and updates of is_opener pass
-- through to the table.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW staging.betting_lines AS
SELECT r.line_id, r.game_id, r.sportsbook_id,
       staging.line_code_name('market', r.market) AS market,
       staging.line_code_name('side', r.side) AS side,
       r.line, r.american_price,
       staging.american_to_decimal(r.american_price) AS decimal_price,
       staging.american_to_implied_probability(r.american_price) AS implied_probability,
       r.observed_at,
       staging.line_code_name('timing', r.line_timing) AS line_timing,
       r.is_opener, r.is_live, r.source, r.quality_score, r.raw_table, r.raw_id, r.pipeline_run_id, r.raw_fetched_at,
       r.outlet, r.stated_decimal_price
  FROM staging.betting_line_rows r;
COMMENT ON VIEW staging.betting_lines IS 'One row per observation of a price: game, book, market, side, points, price in three forms, when, from which source and raw row. Stored narrow in staging.betting_line_rows, whose unique natural key makes a repeated observation impossible; this view shows the names and computes the decimal price and implied probability exactly. Deletes and updates of is_opener pass through; an insert goes through staging.insert_betting_line().';
COMMENT ON COLUMN staging.betting_lines.line_id IS 'Observation id.';
COMMENT ON COLUMN staging.betting_lines.game_id IS 'The game (staging.games); checked per statement by staging.check_betting_line_references(), and deleted with its game.';
COMMENT ON COLUMN staging.betting_lines.sportsbook_id IS 'The book (staging.sportsbooks); checked per statement by staging.check_betting_line_references().';
COMMENT ON COLUMN staging.betting_lines.market IS 'moneyline, spread (run line) or total.';
COMMENT ON COLUMN staging.betting_lines.side IS 'home or away (moneyline, spread); over or under (total).';
COMMENT ON COLUMN staging.betting_lines.line IS 'Points: the side''s run line (-1.5 lays, +1.5 takes) or the total; NULL for moneylines.';
COMMENT ON COLUMN staging.betting_lines.american_price IS 'American odds; never between -100 and +100 exclusive.';
COMMENT ON COLUMN staging.betting_lines.decimal_price IS 'Decimal odds (return per unit staked), from american_price.';
COMMENT ON COLUMN staging.betting_lines.implied_probability IS 'Implied probability including the book''s margin, from american_price.';
COMMENT ON COLUMN staging.betting_lines.observed_at IS 'When the price held (history point, market update or fetch time). NULL only for SBRO open/close lines.';
COMMENT ON COLUMN staging.betting_lines.line_timing IS 'observed (a timed observation), or open/close (SBRO season lines, untimed).';
COMMENT ON COLUMN staging.betting_lines.is_opener IS 'True for the earliest observation of this game, book, market and side from this source (and SBRO open lines).';
COMMENT ON COLUMN staging.betting_lines.is_live IS 'True when observed after first pitch (in-play); such prices are kept but never used as pre-game lines.';
COMMENT ON COLUMN staging.betting_lines.source IS 'Source that reported the price.';
COMMENT ON COLUMN staging.betting_lines.quality_score IS '0.4 completeness + 0.4 validity + 0.2 consistency, in [0, 1] (docs/staging.md).';
COMMENT ON COLUMN staging.betting_lines.raw_table IS 'Raw table of the payload (lineage).';
COMMENT ON COLUMN staging.betting_lines.raw_id IS 'Raw row of the payload.';
COMMENT ON COLUMN staging.betting_lines.pipeline_run_id IS 'Run that wrote the row.';
COMMENT ON COLUMN staging.betting_lines.raw_fetched_at IS 'When the raw row (raw_table, raw_id) was fetched. Of several raw rows stating this observation the one fetched last wins; equal fetch times go to the later raw table name, then the later stored raw row (docs/staging.md, "Which copy wins").';
COMMENT ON COLUMN staging.betting_lines.outlet IS 'The source''s id of the outlet that offered the price (Action Network book id such as 68 = DK NJ, an Odds API key, an SBD name; staging.sportsbook_source_ids); part of the natural key, so two outlets of one brand stay apart. Empty for rows stored before v0.2.2 whose brand the source knew by more than one id.';
COMMENT ON COLUMN staging.betting_lines.stated_decimal_price IS 'The price exactly as stated when the source gave decimal odds (NULL when it gave American odds): american_price is its rounded American figure (2.02 -> +102, 1.74 -> -135); the exact price is coalesce(stated_decimal_price, decimal_price).';
GRANT SELECT ON staging.betting_lines TO mlb_analyst;

COMMIT;
