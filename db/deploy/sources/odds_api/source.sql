-- Deploy mlb:sources/odds_api/source
-- The Odds API: catalogue row, payload table, parsers.
-- The Odds API: events with each bookmaker's h2h, spreads and totals, outcomes
-- named by team (or Over/Under). Needs ODDS_API_KEY; never stored.
-- Events: home and away by full name.
-- Outcomes are named by team (or Over/Under); h2h, spreads, totals renamed.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The Odds API: events with each bookmaker's h2h, spreads and totals, outcomes
-- named by team (or Over/Under). Needs ODDS_API_KEY; never stored.
INSERT INTO raw_data.sources (source, display_name, description, stale_after, failing_after_consecutive_failures)
VALUES ('odds_api', 'The Odds API', 'Moneyline, spread and total odds from many bookmakers; needs ODDS_API_KEY, skipped without it.',
        interval '6 hours', 3);

COMMIT;
