-- Deploy mlb:sources/sbro/source
-- SportsbookReviewsOnline: catalogue row, payload table, parsers.
-- SportsbookReviewsOnline: historical season spreadsheets imported by hand,
-- every sheet's cells verbatim. Two rows per game (V then H; N for neutral
-- site), columns located by header name (the layout differs by season).
-- A V row followed by an H row of the same date is one game (the file's
-- layout; rotation numbers are not trusted, one 2018 row has a wrong one).
-- One line per row and column group, located by header name (a blank header
-- is the price of the column before it); rows stay unpaired.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- SportsbookReviewsOnline: historical season spreadsheets imported by hand,
-- every sheet's cells verbatim. Two rows per game (V then H; N for neutral
-- site), columns located by header name (the layout differs by season).
INSERT INTO raw_data.sources (source, display_name, description, stale_after, failing_after_consecutive_failures)
VALUES ('sbro', 'SportsbookReviewsOnline', 'Historical season spreadsheets (xlsx) imported by hand with mlb-agent import-sbro.', NULL, 3);

COMMIT;
