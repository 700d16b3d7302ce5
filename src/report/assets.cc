#include "report/assets.h"

namespace catchall::report {

std::string_view ReportCss() {
  return R"CSS(
:root{--ink:#172033;--muted:#5c6678;--line:#dfe3ea;--soft:#f4f6f9;--accent:#1d3b66;
--mark:#fff1a8;--alert:#b42318;font-size:15px}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#fff;line-height:1.45;
font-family:"Inter","Segoe UI","Helvetica Neue",Helvetica,Arial,"Liberation Sans","DejaVu Sans",
sans-serif}
.page{max-width:1240px;margin:0 auto;padding:0 32px 48px}
a{color:var(--accent)}
h1,h2,h3,h4{line-height:1.2;margin:0}
h1{font-size:28px;font-weight:700;letter-spacing:-.01em}
h2{font-size:20px;font-weight:650;margin-bottom:6px}
h4{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);
margin:16px 0 6px}
.muted{color:var(--muted)}
.small{font-size:12px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);
white-space:nowrap}
header.top{border-top:6px solid var(--accent);padding:26px 0 18px;
border-bottom:1px solid var(--line)}
.eyebrow{font-size:12px;letter-spacing:.12em;text-transform:uppercase;color:var(--muted);
margin-bottom:6px}
.subtitle{color:var(--muted);margin-top:6px;font-size:15px}
.meta-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:10px 24px;
margin:18px 0 0;font-size:13px}
.meta-grid dt{color:var(--muted);font-size:11px;text-transform:uppercase;letter-spacing:.08em}
.meta-grid dd{margin:2px 0 0;overflow-wrap:anywhere}
.meta-grid ul{margin:0;padding-left:16px}
.howto{background:var(--soft);border-left:4px solid var(--accent);padding:14px 18px;
margin:20px 0 0;font-size:14px}
.howto p{margin:0 0 8px}.howto p:last-child{margin:0}
.notice{border:1px solid #f0c36d;background:#fff8e6;padding:10px 14px;margin:16px 0 0;
font-size:14px}
.notice.bad{border-color:#f3a59d;background:#fff1ef}
.notice ul{margin:6px 0 0;padding-left:18px}
.headline{margin:26px 0 8px}
.cards{display:grid;grid-template-columns:repeat(5,1fr);gap:12px}
.card{border:1px solid var(--line);border-radius:8px;padding:14px 16px 12px;background:#fff}
.card:last-child{border-color:var(--alert);box-shadow:inset 0 3px 0 var(--alert)}
.card-link{text-decoration:none;color:inherit}
.card .n{font-size:34px;font-weight:700;letter-spacing:-.02em;font-variant-numeric:tabular-nums}
.card-link:hover .n,.card-link:focus .n{color:var(--accent);text-decoration:underline}
.card-label{font-weight:600;font-size:14px;margin-top:2px}
.card-note{color:var(--muted);font-size:12px;margin-top:2px}
.key-findings{font-size:16px;margin:16px 0 0;max-width:980px}
.key-findings p{margin:0}
section.block{margin:34px 0 0;padding-top:18px;border-top:1px solid var(--line)}
.intro{color:var(--muted);margin:0 0 10px;max-width:900px;font-size:14px}
figure{margin:8px 0 10px;overflow-x:auto}
svg.chart{max-width:100%;height:auto;font-family:inherit}
svg.chart .label{font-size:12.5px;fill:var(--ink)}
svg.chart .value{font-size:12px;font-weight:600;fill:var(--ink)}
svg.chart .aside{font-size:12px;fill:var(--muted)}
svg.chart .tick{font-size:11px;fill:var(--muted)}
svg.chart .axis-label{font-size:12px;fill:var(--muted)}
svg.chart .grid{stroke:#e9ecf1;stroke-width:1}
svg.chart .axis{stroke:#9aa3b2;stroke-width:1}
svg.chart a:hover rect,svg.chart a:focus rect{opacity:.78}
svg.chart a:hover text.label{text-decoration:underline}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:6px 18px;padding:0;margin:4px 0 2px;
font-size:12.5px;color:var(--muted)}
.swatch{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:6px;
vertical-align:-1px;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
table{border-collapse:collapse}
table.breakdown{font-size:13.5px;margin-top:6px}
table.breakdown th,table.breakdown td{padding:5px 8px 5px 0;border-bottom:1px solid var(--line);
text-align:left;vertical-align:top}
table.breakdown thead th{font-size:11.5px;text-transform:uppercase;letter-spacing:.06em;
color:var(--muted);font-weight:600}
table.breakdown tbody th{font-weight:500}
.num{text-align:right!important;font-variant-numeric:tabular-nums;padding-left:10px!important}
a.f{text-decoration:none;border-bottom:1px dotted currentColor}
a.f:hover,a.f:focus{background:#e8eefb}
.badge{display:inline-block;font-size:11.5px;font-weight:600;line-height:1.3;padding:2px 7px;
border-radius:10px;
color:#fff;background:var(--c);white-space:nowrap;-webkit-print-color-adjust:exact;
print-color-adjust:exact}
.uncertain{display:inline-block;font-size:11px;border:1px dashed #a15c00;color:#8a4b00;
border-radius:9px;padding:0 6px;margin-top:3px;white-space:nowrap}
.tag{display:inline-block;font-size:10.5px;border:1px solid #b8c0cc;color:#3b4557;
border-radius:3px;padding:0 4px;margin-left:2px;white-space:nowrap}
.tag.alert{border-color:var(--alert);color:var(--alert);font-weight:600}
.gov{font-size:10.5px;background:#fde8d7;color:#8a3b00;border-radius:3px;padding:0 4px;
white-space:nowrap}
abbr.cc{text-decoration:none;font-size:11px;font-weight:700;color:var(--muted);
letter-spacing:.04em}
.rule{display:inline-block;font-size:11px;border-radius:3px;padding:0 5px;margin:0 2px 3px 0;
background:#eef1f5;color:#2b3445;white-space:nowrap}
.rule.sev-critical{background:#7a1010;color:#fff}.rule.sev-high{background:#fde4e1;color:#8f1d12}
.rule.sev-medium{background:#fff0d6;color:#7a4300}.rule.sev-low{background:#e8f3ee;color:#1f5d43}
.rule.possible{background:#fff;border:1px dashed #98a2b3}
mark{background:var(--mark);color:inherit;padding:0 1px;border-radius:2px;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
.controls{display:flex;flex-wrap:wrap;align-items:center;gap:10px 18px;margin:10px 0;
position:sticky;top:0;background:#fff;padding:8px 0;z-index:2;border-bottom:1px solid var(--line)}
.controls label[hidden]{display:none}
.controls input{font:inherit;font-size:14px;padding:6px 10px;border:1px solid #b8c0cc;
border-radius:6px;width:340px;max-width:100%}
#status{font-size:14px}
#status b{font-variant-numeric:tabular-nums}
#clear{font:inherit;font-size:13px;border:1px solid var(--accent);background:#fff;
color:var(--accent);border-radius:6px;padding:4px 10px;cursor:pointer}
#clear[hidden]{display:none}
table.findings{width:100%;font-size:13px;table-layout:fixed}
table.findings>thead th{position:sticky;top:52px;background:#fff;font-size:11px;
text-transform:uppercase;letter-spacing:.06em;color:var(--muted);
text-align:left;font-weight:600;padding:6px 8px;border-bottom:2px solid var(--ink);z-index:1}
table.findings>thead th:nth-child(1){width:11%}table.findings>thead th:nth-child(2){width:8%}
table.findings>thead th:nth-child(3){width:30%}table.findings>thead th:nth-child(4){width:13%}
table.findings>thead th:nth-child(5){width:16%}table.findings>thead th:nth-child(6){width:11%}
table.findings>thead th:nth-child(7){width:11%}
tbody.f tr.row td{padding:9px 8px 3px;vertical-align:top;overflow-wrap:anywhere}
tbody.f tr.ev td{padding:0 8px 8px;border-bottom:1px solid var(--line)}
tbody.f:hover tr.row td{background:#fafbfd}
.title{font-weight:600;font-size:13.5px}
.meta{color:var(--muted);font-size:12px;margin-top:2px}
.inst{margin-bottom:3px}
details>summary{cursor:pointer;font-size:12px;color:var(--accent);list-style-position:inside}
details[open]>summary{margin-bottom:6px}
.evidence{border-left:3px solid var(--line);padding:4px 0 6px 14px;font-size:13px}
.evidence .verdict{margin:4px 0 8px}
.abstract{max-width:980px;margin:0 0 8px}
.quote{margin:6px 0}
table.inner{width:100%;font-size:12.5px;margin:2px 0 6px}
table.inner th{font-size:11px;text-align:left;color:var(--muted);font-weight:600;
border-bottom:1px solid var(--line);padding:3px 8px 3px 0}
table.inner td{vertical-align:top;padding:4px 8px 4px 0;border-bottom:1px solid #eef0f4;
overflow-wrap:anywhere}
table.inner tr.weak td{color:var(--muted)}
table.inner td.role{white-space:nowrap;font-weight:600}
ul.plain{list-style:none;margin:0;padding:0}
.terms{display:flex;flex-wrap:wrap;gap:2px 10px}
.term{white-space:nowrap}
ul.tests{margin:2px 0 0 16px;padding:0;font-size:12px}
li.rule-hit{margin-bottom:8px}
.kind{font-size:11px;color:var(--muted)}
.warn{color:#8a4b00;font-size:12px}
dl.source{display:grid;grid-template-columns:130px 1fr;gap:2px 12px;margin:0;font-size:12.5px}
dl.source dt{color:var(--muted)}dl.source dd{margin:0;overflow-wrap:anywhere}
.left-out{margin:12px 0;font-size:14px}
footer{margin-top:40px;padding-top:14px;border-top:1px solid var(--line);color:var(--muted);
font-size:12.5px}
footer ul{padding-left:18px}
.pair{display:grid;grid-template-columns:minmax(0,620px) minmax(0,1fr);gap:12px 28px;
align-items:start}
table.breakdown tbody th{min-width:140px}
.pair figure{margin-top:0}
.table-wrap{overflow-x:auto}
@media (max-width:1180px){.pair{grid-template-columns:minmax(0,1fr)}}
.toc{display:flex;flex-wrap:wrap;gap:4px 16px;margin:16px 0 0;font-size:13px}
.toc a{text-decoration:none;color:var(--accent)}
.toc a:hover{text-decoration:underline}
.meta-grid .wide{grid-column:span 2}
th.grp{white-space:nowrap;text-align:center!important;
border-bottom:1px solid var(--line)!important;padding-left:10px!important}
.key-findings ul{margin:0;padding-left:20px}
.key-findings li{margin:3px 0}
table.findings .badge{white-space:normal;text-align:center}
table.findings .rule{white-space:normal}
@media (max-width:900px){.cards{grid-template-columns:repeat(2,1fr)}.page{padding:0 14px 32px}}
@media print{
:root{font-size:11px}
.page{max-width:none;padding:0}
header.top{border-top-width:4px}
.cards{grid-template-columns:repeat(5,1fr)!important}.toc{display:none}
.controls{position:static;border:0}.controls label,#clear{display:none!important}
a{color:inherit;text-decoration:none;border:0!important}
section.block{break-inside:auto}
figure,svg.chart,.cards,.card,table.breakdown tr{break-inside:avoid}
table.findings>thead th{position:static}
tbody.f{break-inside:avoid}
details>summary{display:none}
.card{box-shadow:none!important}
}
)CSS";
}

std::string_view ReportScript() {
  return R"JS(
(function () {
  'use strict';
  var root = document.documentElement;
  window.addEventListener('error', function (e) {
    root.setAttribute('data-report-error', String(e.message || e));
  });
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody.f'));
  var keys = rows.map(function (r) {
    var set = Object.create(null);
    (r.getAttribute('data-keys') || '').split(' ').forEach(function (k) { if (k) set[k] = true; });
    return set;
  });
  var texts = null;
  var active = { filter: '', label: '', count: -1 };
  var status = document.getElementById('status');
  var clear = document.getElementById('clear');
  var search = document.getElementById('search');
  var total = Number(status.getAttribute('data-total'));

  function matches(i, tokens, words) {
    for (var t = 0; t < tokens.length; t++) if (!keys[i][tokens[t]]) return false;
    if (words.length) {
      if (!texts) texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
      for (var w = 0; w < words.length; w++) if (texts[i].indexOf(words[w]) < 0) return false;
    }
    return true;
  }

  function apply() {
    var tokens = active.filter ? active.filter.split(' ') : [];
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var on = matches(i, tokens, words);
      rows[i].hidden = !on;
      if (on) shown++;
    }
    var text = 'Showing <b>' + shown + '</b> of <b>' + total + '</b> findings';
    if (active.filter) text += ' — ' + escapeText(active.label);
    if (words.length) text += ' — matching “' + escapeText(search.value.trim()) + '”';
    if (active.filter && !words.length && active.count > shown) {
      text += ' (' + (active.count - shown) + ' more are not embedded: see findings.csv)';
    }
    status.innerHTML = text;
    status.setAttribute('data-shown', String(shown));
    clear.hidden = !(active.filter || words.length);
  }

  function escapeText(s) {
    var d = document.createElement('span');
    d.textContent = s;
    return d.innerHTML;
  }

  function setFilter(filter, label, count) {
    active = { filter: filter, label: label, count: count };
    apply();
    if (history.replaceState) {
      var hash = filter ? '#filter=' + encodeURIComponent(filter) : '#findings';
      history.replaceState(null, '', hash);
    }
  }

  document.addEventListener('click', function (e) {
    var link = e.target.closest ? e.target.closest('[data-filter]') : null;
    if (!link) return;
    e.preventDefault();
    setFilter(link.getAttribute('data-filter'), link.getAttribute('data-label') || '',
              Number(link.getAttribute('data-count') || -1));
    document.getElementById('findings').scrollIntoView({ block: 'start' });
  });
  clear.addEventListener('click', function () { search.value = ''; setFilter('', '', -1); });
  search.addEventListener('input', apply);

  document.getElementById('search-wrap').hidden = false;
  var m = /^#filter=(.*)$/.exec(location.hash);
  if (m) {
    var filter = decodeURIComponent(m[1]);
    var link = document.querySelector('[data-filter="' + filter.replace(/["\\]/g, '') + '"]');
    setFilter(filter, link ? link.getAttribute('data-label') : filter,
              link ? Number(link.getAttribute('data-count')) : -1);
    document.getElementById('findings').scrollIntoView({ block: 'start' });
  } else {
    apply();
  }
  root.setAttribute('data-report-ready', '1');
})();
)JS";
}

}  // namespace catchall::report
