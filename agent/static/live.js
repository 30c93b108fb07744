// A served page stays current: the server relays the database's announcements of curated changes
// (NOTIFY mlb_curated_changes) as server-sent events, and the page fetches itself again and swaps
// its <main> in place, without a reload; the sort, filters and zoom a person chose stay. Prices
// on offer also age out with time alone, so the page looks again every minute as well.
(function () {
  "use strict";
  var badge = document.getElementById("live");
  var busy = false, again = false;
  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    fetch(location.href, { cache: "no-store", headers: { "Accept": "text/html" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); })
      .then(function (text) {
        var fresh = new DOMParser().parseFromString(text, "text/html").getElementById("main");
        var main = document.getElementById("main");
        if (fresh && main) {
          main.replaceWith(document.adoptNode(fresh));
          document.body.dataset.updated = String(Date.now());
          document.dispatchEvent(new Event("page-updated"));
        }
      })
      .catch(function () { badge.className = "live off"; })
      .then(function () {
        busy = false;
        if (again) { again = false; refresh(); }
      });
  }
  var events = new EventSource("/events");
  events.addEventListener("change", refresh);
  var lost = false;
  events.onopen = function () {
    badge.className = "live on";
    if (lost) { lost = false; refresh(); }  // what changed while the connection was down
  };
  events.onerror = function () { badge.className = "live off"; lost = true; };
  setInterval(refresh, 60000);
})();
