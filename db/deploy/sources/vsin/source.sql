-- Deploy mlb:sources/vsin/source
-- VSIN: catalogue row, payload table, parsers.
-- VSIN: betting split pages per book view, stored as HTML plus the agent's
-- lossless JSON rendering of their tables. A row lists two teams in page
-- order and no home/away; staging decides home/away from the schedule.
-- Games: every row, with the reason when its teams cannot be read.
-- Prices: the Moneyline, Run Line and Total columns, both values of each.
-- Splits: each Handle and Bets column belongs to the market column before it.
-- The team names of a team cell: its text pieces without the page's extras.
-- Both layouts as one: per game row, its date, the header, the two teams in
-- page order and, per column, the two values ([first, second]).
BEGIN;
SET LOCAL ROLE mlb_owner;

-- VSIN: betting split pages per book view, stored as HTML plus the agent's
-- lossless JSON rendering of their tables. A row lists two teams in page
-- order and no home/away; staging decides home/away from the schedule.
INSERT INTO raw_data.sources (source, display_name, description, stale_after, failing_after_consecutive_failures)
VALUES ('vsin', 'VSIN', 'Betting split pages (HTML) per book view; data.vsin.com. Stored verbatim plus a lossless JSON rendering of its tables.',
        interval '2 hours', 3);

COMMIT;
