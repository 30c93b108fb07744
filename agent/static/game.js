// A game's line movement, drawn with uPlot from the JSON the page carries (agent/pages.py chart_data):
// one chart per market and side, each book a step line in its own colour (the legend beside), its open
// a dot and its close a square, the consensus fair close dotted, first pitch dashed, steam and reverse
// line movement marked with their label inside the frame. The charts open where the prices moved;
// drag to zoom, double-click or "Whole history" for everything, hover for each book's price and time.
(function () {
  "use strict";
  var TZ = "America/New_York";
  var charts = [];
  var zoom = null;       // the x range a person chose: kept across live updates
  var syncing = false;
  var clock = new Intl.DateTimeFormat("en-US", { timeZone: TZ, month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false });

  // American odds on a line without the gap between -100 and +100: -110 -> -10, +120 -> 20 (even money is 0).
  function cents(p) { return p >= 100 ? p - 100 : p + 100; }
  function american(v) { var p = Math.round(v > 0 ? v + 100 : v - 100); return p > 0 ? "+" + p : String(p); }
  function signed(p) { return p > 0 ? "+" + p : String(p); }
  function points(market, line) {
    if (line === null || line === undefined) return "";
    return (market === "spread" && line > 0 ? "+" : "") + line + " ";
  }
  function pageData() { return JSON.parse(document.getElementById("page-data").textContent); }

  // A book's quote at time t: its last point at or before t, while it still quoted.
  function quoteAt(book, t) {
    var pts = book.points, found = null;
    if (t > book.until) return null;
    for (var i = 0; i < pts.length && pts[i][0] <= t; i++) found = pts[i];
    return found;
  }

  function aligned(panel) {
    var seen = {};
    panel.books.forEach(function (b) {
      b.points.forEach(function (p) { seen[p[0]] = true; });
      seen[b.until] = true;
    });
    var xs = Object.keys(seen).map(Number).sort(function (a, b) { return a - b; });
    var ys = panel.books.map(function (b) {
      return xs.map(function (t) { var q = quoteAt(b, t); return q ? cents(q[2]) : null; });
    });
    return [xs].concat(ys);
  }

  function marks(panel, chart) {
    return { hooks: { draw: [function (u) {
      var ctx = u.ctx, bb = u.bbox, dpr = window.devicePixelRatio || 1;
      var X = function (t) { return u.valToPos(t, "x", true); };
      var Y = function (v) { return u.valToPos(v, "y", true); };
      ctx.save();
      ctx.beginPath(); ctx.rect(bb.left, bb.top, bb.width, bb.height); ctx.clip();
      ctx.lineWidth = dpr;
      if (chart.first_pitch) {
        ctx.strokeStyle = "#777"; ctx.setLineDash([5 * dpr, 4 * dpr]);
        ctx.beginPath(); ctx.moveTo(X(chart.first_pitch), bb.top); ctx.lineTo(X(chart.first_pitch), bb.top + bb.height); ctx.stroke();
      }
      if (panel.fair_price !== null) {
        ctx.strokeStyle = "#000"; ctx.setLineDash([1.5 * dpr, 3 * dpr]);
        ctx.beginPath(); ctx.moveTo(bb.left, Y(cents(panel.fair_price))); ctx.lineTo(bb.left + bb.width, Y(cents(panel.fair_price))); ctx.stroke();
      }
      ctx.setLineDash([]);
      panel.books.forEach(function (b) {
        var o = b.points[0];
        ctx.fillStyle = b.color;
        ctx.beginPath(); ctx.arc(X(o[0]), Y(cents(o[2])), 3.5 * dpr, 0, 2 * Math.PI); ctx.fill();
        if (b.close_at !== null) {
          var s = 4 * dpr, cx = X(b.close_at), cy = Y(cents(b.close_price));
          ctx.fillRect(cx - s, cy - s, 2 * s, 2 * s);
          ctx.strokeStyle = "#000"; ctx.strokeRect(cx - s, cy - s, 2 * s, 2 * s);
        }
      });
      ctx.font = "bold " + 11 * dpr + "px sans-serif";
      ctx.textBaseline = "top";
      panel.signals.forEach(function (s, i) {
        var x = X(s.at);
        if (x < bb.left || x > bb.left + bb.width) return;
        var color = s.signal === "steam" ? "#c0392b" : "#b35900";
        ctx.strokeStyle = color; ctx.fillStyle = color; ctx.lineWidth = 2 * dpr;
        ctx.beginPath(); ctx.moveTo(x, bb.top); ctx.lineTo(x, bb.top + bb.height); ctx.stroke();
        var text = s.label + " " + clock.format(new Date(s.at * 1000)).split(", ")[1];
        var w = ctx.measureText(text).width, pad = 4 * dpr;
        // The label stays inside the frame: right of the line, or left of it near the right edge.
        var tx = x + pad + w > bb.left + bb.width ? x - pad - w : x + pad;
        ctx.fillText(text, Math.max(bb.left + pad, tx), bb.top + pad + i * 14 * dpr);
      });
      ctx.restore();
    }] } };
  }

  function tooltip(panel, market) {
    var tip;
    return { hooks: {
      init: [function (u) {
        tip = document.createElement("div");
        tip.className = "tip";
        tip.style.display = "none";
        u.over.appendChild(tip);
      }],
      setCursor: [function (u) {
        var c = u.cursor;
        if (c.idx === null || c.idx === undefined || c.left < 0) { tip.style.display = "none"; return; }
        var t = u.posToVal(c.left, "x");
        var rows = panel.books.map(function (b) { return { b: b, q: quoteAt(b, t) }; })
          .filter(function (r) { return r.q && t >= r.b.points[0][0]; })
          .sort(function (a, b) { return cents(b.q[2]) - cents(a.q[2]); });
        tip.textContent = "";
        var head = document.createElement("b");
        head.textContent = clock.format(new Date(t * 1000)) + " New York";
        tip.appendChild(head);
        rows.forEach(function (r) {
          var line = document.createElement("div"), sw = document.createElement("i");
          sw.style.background = r.b.color;
          line.appendChild(sw);
          line.appendChild(document.createTextNode(r.b.book + "  " + points(market, r.q[1]) + signed(r.q[2])));
          tip.appendChild(line);
        });
        tip.style.display = rows.length ? "block" : "none";
        var x = c.left + 12, w = tip.offsetWidth;
        tip.style.left = (x + w > u.over.clientWidth ? Math.max(0, c.left - 12 - w) : x) + "px";
        tip.style.top = Math.max(0, c.top - 10) + "px";
      }]
    } };
  }

  function draw() {
    charts.forEach(function (u) { u.destroy(); });
    charts = [];
    var chart = pageData().chart;
    var first = zoom || { min: chart.window.start, max: chart.window.end };
    document.querySelectorAll(".chart[data-panel]").forEach(function (el) {
      var key = el.dataset.panel, panel = chart.panels[key], market = key.split("_")[0];
      var opts = {
        width: Math.max(240, el.clientWidth),
        height: 230,
        tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1e3), TZ); },
        legend: { show: false },
        cursor: { drag: { x: true, y: false }, sync: { key: "game" } },
        scales: { x: { time: true } },
        axes: [
          { stroke: "#444", grid: { stroke: "#eee" }, size: 50 },
          { stroke: "#444", grid: { stroke: "#eee" }, size: 52, values: function (u, vals) { return vals.map(american); } }
        ],
        series: [{}].concat(panel.books.map(function (b) {
          return { label: b.book, stroke: b.color, width: 2, points: { show: false }, paths: uPlot.paths.stepped({ align: 1 }) };
        })),
        plugins: [marks(panel, chart), tooltip(panel, market)],
        hooks: { setScale: [function (u, scale) {
          if (scale !== "x" || syncing) return;
          syncing = true;
          zoom = { min: u.scales.x.min, max: u.scales.x.max };
          charts.forEach(function (other) { if (other !== u) other.setScale("x", zoom); });
          syncing = false;
        }] }
      };
      var u = new uPlot(opts, aligned(panel), el);
      el.uplot = u;
      charts.push(u);
    });
    syncing = true;
    charts.forEach(function (u) { u.setScale("x", first); });
    syncing = false;
    document.body.dataset.charts = String(charts.length);
  }

  function show(range) {
    zoom = range;
    syncing = true;
    charts.forEach(function (u) { u.setScale("x", range); });
    syncing = false;
  }

  document.addEventListener("click", function (e) {
    var chart = pageData().chart;
    if (e.target.id === "zoom-move") show({ min: chart.window.start, max: chart.window.end });
    if (e.target.id === "zoom-all") show({ min: chart.window.first - 600, max: Math.max(chart.window.last, chart.first_pitch || 0) + 600 });
  });
  window.addEventListener("resize", function () {
    charts.forEach(function (u) { u.setSize({ width: Math.max(240, u.root.parentNode.clientWidth), height: 230 }); });
  });
  document.addEventListener("page-updated", draw);
  draw();
})();
