-- Deploy mlb:sources/sbd/source
-- SportsBettingDime: catalogue row, payload table, parsers.
-- SportsBettingDime: one payload per date with each game's odds per book and
-- its own aggregate betting splits.
-- Games: home and away by SBD team code.
-- Prices: sportsbooks[].odds.{market}.{side}, and what cannot be read stated as such
-- (staging: unreadable_element): a sportsbook entry, market or side that is not an object.
-- Its own aggregate splits, per market and side.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- SportsBettingDime: one payload per date with each game's odds per book and
-- its own aggregate betting splits.
INSERT INTO raw_data.sources (source, display_name, description, stale_after, failing_after_consecutive_failures)
VALUES ('sbd', 'SportsBettingDime', 'Betting splits (bets and stake percentages) and odds per book; srfeeds.sportsbettingdime.com.',
        interval '1 hour', 3);

COMMIT;
