// The board's sort and filters: they act on the rows the server drew and hold across live updates.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var keys = {
    time: function (r) { return [Number(r.dataset.time), r.id]; },
    signals: function (r) {
      return [-Number(r.dataset.hot), -r.dataset.signals.split(" ").filter(Boolean).length, Number(r.dataset.time)];
    },
    team: function (r) { return [r.dataset.teams.toLowerCase(), Number(r.dataset.time)]; }
  };
  function compare(a, b) {
    for (var i = 0; i < a.length; i++) {
      if (a[i] < b[i]) return -1;
      if (a[i] > b[i]) return 1;
    }
    return 0;
  }
  function apply() {
    var body = document.querySelector("#board tbody");
    if (!body) return;
    var rows = Array.prototype.slice.call(body.rows);
    var key = keys[$("sort").value] || keys.time;
    var team = $("team").value.trim().toLowerCase();
    var signal = $("signal").value;
    var upcoming = $("upcoming").checked;
    rows.sort(function (a, b) { return compare(key(a), key(b)); });
    var shown = 0;
    rows.forEach(function (r) {
      var signals = r.dataset.signals.split(" ");
      var ok = (!team || r.dataset.teams.toLowerCase().indexOf(team) >= 0) &&
        (!signal || (signal === "hot" ? Number(r.dataset.hot) > 0 : signals.indexOf(signal) >= 0)) &&
        (!upcoming || r.dataset.started === "no");
      r.classList.toggle("hidden", !ok);
      if (ok) shown++;
      body.appendChild(r);
    });
    $("shown").textContent = shown + " of " + rows.length + (rows.length === 1 ? " game" : " games");
  }
  ["sort", "team", "signal", "upcoming"].forEach(function (id) {
    $(id).addEventListener("input", apply);
    $(id).addEventListener("change", apply);
  });
  document.addEventListener("page-updated", apply);
  apply();
})();
