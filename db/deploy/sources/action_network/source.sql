-- Deploy mlb:sources/action_network/source
-- Action Network: catalogue row, payload tables, parsers.
-- Action Network: the book catalogue, the scoreboard per date (games, each
-- book's current line and public betting) and each game's line history.
-- Its parsers read payloads as the source wrote them; staging maps and checks.
-- Scoreboard games: teams by Action Network team id.
-- Scoreboard lines: v2 markets.{book id}.event.{market}[] and v1 odds[], observed when fetched (v1: when inserted).
-- Shared by the history parser; one row per point of every outcome.
-- History lines: every point of every outcome (the request key is the game id), and what cannot
-- be read stated as such (staging: unreadable_element): a book without an event object, a market
-- that is not a list, an outcome or a history point that is not an object. One walk: each book,
-- market and outcome is read once, what is not of its kind classified where it is met.
-- Public betting: v2 bet_info of each outcome; v1 *_public (tickets) and *_money of each odds object.
-- The book catalogue: every outlet as stated.
-- One row per price a v1 odds object states: (market, side, line field, price field).
-- The points of one outcome's history. A list of objects (every synthetic
-- history; no real one is at hand, docs/sources.md): read by jsonb_to_recordset,
-- each field once. A list holding anything else: point by point, a point that is
-- not an object stated twice, as a point with no fields and as the element that
-- cannot be read. Which of the two is decided once per outcome (OFFSET 0 keeps it so).
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Action Network: the book catalogue, the scoreboard per date (games, each
-- book's current line and public betting) and each game's line history.
-- Its parsers read payloads as the source wrote them; staging maps and checks.
INSERT INTO raw_data.sources (source, display_name, description, stale_after, failing_after_consecutive_failures)
VALUES ('action_network', 'Action Network', 'Scoreboard with lines and public betting per book (per date), per-game line history, and the book catalogue; api.actionnetwork.com, no key.',
        interval '1 hour', 3);

COMMIT;
