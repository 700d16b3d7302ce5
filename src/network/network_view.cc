#include "network/network_view.h"

#include <fmt/format.h>
#include <igraph.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "network/igraph_support.h"
#include "report/html_text.h"

namespace catchall {
namespace {

using report::Html;
using Json = nlohmann::json;

constexpr size_t kRecordsPerEdgeShown = 10;
constexpr size_t kMinViewNodes = 300;
constexpr size_t kRowsPerTable = 200;

bool Important(const GraphNode& node) { return node.dprk || node.concern; }

// The nodes drawn: the important ones and the bridges and path nodes first, then their
// neighbours, most records first, up to the cap; a graph without any: its busiest nodes.
std::vector<uint32_t> SelectNodes(const CollaborationGraph& graph,
                                  const std::vector<Bridge>& bridges,
                                  const std::vector<NetworkPath>& paths) {
  std::set<uint32_t> core;
  for (size_t n = 0; n < graph.nodes.size(); ++n) {
    if (graph.nodes[n].kind == NodeKind::kInstitution && Important(graph.nodes[n])) {
      core.insert(static_cast<uint32_t>(n));
    }
  }
  for (const Bridge& bridge : bridges) core.insert(bridge.author);
  for (const NetworkPath& path : paths) {
    for (const PathStep& step : path.steps) core.insert(step.node);
  }
  auto by_records = [&graph](uint32_t a, uint32_t b) {
    return graph.nodes[a].records != graph.nodes[b].records
               ? graph.nodes[a].records > graph.nodes[b].records
               : a < b;
  };
  std::vector<uint32_t> chosen(core.begin(), core.end());
  std::sort(chosen.begin(), chosen.end(), by_records);
  if (chosen.size() >= kMaxViewNodes) {
    chosen.resize(kMaxViewNodes);
  } else {
    std::set<uint32_t> around;
    for (const GraphEdge& edge : graph.edges) {
      const bool a = core.count(edge.source) > 0, b = core.count(edge.target) > 0;
      if (a && !b) around.insert(edge.target);
      if (b && !a) around.insert(edge.source);
    }
    std::vector<uint32_t> more(around.begin(), around.end());
    std::sort(more.begin(), more.end(), by_records);
    for (uint32_t node : more) {
      if (chosen.size() >= kMaxViewNodes) break;
      chosen.push_back(node);
    }
    // Little of concern: the strongest ties (most records) give the picture its context, both
    // ends of each, so that what is drawn is connected.
    if (chosen.size() < kMinViewNodes) {
      std::vector<uint32_t> strongest(graph.edges.size());
      for (size_t e = 0; e < strongest.size(); ++e) strongest[e] = static_cast<uint32_t>(e);
      std::stable_sort(strongest.begin(), strongest.end(), [&graph](uint32_t a, uint32_t b) {
        return graph.edges[a].records.size() > graph.edges[b].records.size();
      });
      std::set<uint32_t> have(chosen.begin(), chosen.end());
      for (uint32_t e : strongest) {
        if (chosen.size() + 2 > kMinViewNodes) break;
        for (uint32_t node : {graph.edges[e].source, graph.edges[e].target}) {
          if (have.insert(node).second) chosen.push_back(node);
        }
      }
    }
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

struct Drawing {
  std::vector<uint32_t> nodes;                // graph node of each drawn node
  std::vector<uint32_t> edges;                // graph edge of each drawn edge
  std::vector<std::pair<double, double>> xy;  // per drawn node
};

Drawing Layout(const CollaborationGraph& graph, std::vector<uint32_t> nodes) {
  Drawing out;
  out.nodes = std::move(nodes);
  std::map<uint32_t, igraph_integer_t> vertex;
  for (size_t i = 0; i < out.nodes.size(); ++i)
    vertex[out.nodes[i]] = static_cast<igraph_integer_t>(i);
  std::vector<igraph_integer_t> pairs;
  for (size_t e = 0; e < graph.edges.size(); ++e) {
    const auto a = vertex.find(graph.edges[e].source), b = vertex.find(graph.edges[e].target);
    if (a == vertex.end() || b == vertex.end()) continue;
    out.edges.push_back(static_cast<uint32_t>(e));
    pairs.push_back(a->second);
    pairs.push_back(b->second);
  }
  InstallIgraphHandlers();
  igraph_t g;
  igraph_vector_int_t edge_vector;
  igraph_vector_int_view(&edge_vector, pairs.data(), static_cast<igraph_integer_t>(pairs.size()));
  igraph_create(&g, &edge_vector, static_cast<igraph_integer_t>(out.nodes.size()),
                IGRAPH_UNDIRECTED);
  igraph_matrix_t positions;
  igraph_matrix_init(&positions, 0, 0);
  igraph_rng_seed(igraph_rng_default(), 2321);  // a fixed seed: the same picture every run
  igraph_layout_fruchterman_reingold(
      &g, &positions, false, 300, std::sqrt(static_cast<double>(out.nodes.size())),
      IGRAPH_LAYOUT_AUTOGRID, nullptr, nullptr, nullptr, nullptr, nullptr);
  for (size_t i = 0; i < out.nodes.size(); ++i) {
    out.xy.emplace_back(MATRIX(positions, i, 0), MATRIX(positions, i, 1));
  }
  igraph_matrix_destroy(&positions);
  igraph_destroy(&g);
  return out;
}

const char* NodeClass(const GraphNode& node) {
  if (node.dprk && node.concern) return "both";
  if (node.dprk) return "dprk";
  if (node.concern) return "concern";
  return node.kind == NodeKind::kAuthor ? "author" : "inst";
}

// `bridge_nodes` are outlined; they and `labelled` are named on the drawing, as are the DPRK
// institutions and the institutions of concern.
std::string Svg(const CollaborationGraph& graph, const Drawing& drawing,
                const std::set<uint32_t>& bridge_nodes, const std::set<uint32_t>& labelled) {
  double min_x = 0, max_x = 1, min_y = 0, max_y = 1;
  if (!drawing.xy.empty()) {
    min_x = max_x = drawing.xy[0].first;
    min_y = max_y = drawing.xy[0].second;
    for (const auto& [x, y] : drawing.xy) {
      min_x = std::min(min_x, x);
      max_x = std::max(max_x, x);
      min_y = std::min(min_y, y);
      max_y = std::max(max_y, y);
    }
  }
  // Sizes follow the layout's scale: a node's side is a fraction of the mean spacing.
  const double span = std::max({max_x - min_x, max_y - min_y, 1.0});
  const double unit =
      span / std::max(8.0, 3.0 * std::sqrt(static_cast<double>(drawing.nodes.size())));
  const double pad = 2 * unit + 0.05 * span;
  std::string out = fmt::format(
      R"(<svg id="net" role="img" aria-labelledby="net-title" viewBox="{:.2f} {:.2f} {:.2f} {:.2f}">)"
      R"(<title id="net-title">Collaboration network: {} nodes, {} ties drawn</title><g id="edges">)",
      min_x - pad, min_y - pad, max_x - min_x + 2 * pad, max_y - min_y + 2 * pad,
      drawing.nodes.size(), drawing.edges.size());
  std::map<uint32_t, size_t> drawn;
  for (size_t i = 0; i < drawing.nodes.size(); ++i) drawn[drawing.nodes[i]] = i;
  for (size_t e = 0; e < drawing.edges.size(); ++e) {
    const GraphEdge& edge = graph.edges[drawing.edges[e]];
    const auto& a = drawing.xy[drawn[edge.source]];
    const auto& b = drawing.xy[drawn[edge.target]];
    out += fmt::format(
        R"(<line class="{}" data-e="{}" x1="{:.2f}" y1="{:.2f}" x2="{:.2f}" y2="{:.2f}"/>)",
        edge.kind == EdgeKind::kAffiliation ? "aff" : "co", e, a.first, a.second, b.first,
        b.second);
  }
  out += R"(</g><g id="nodes">)";
  for (size_t i = 0; i < drawing.nodes.size(); ++i) {
    const GraphNode& node = graph.nodes[drawing.nodes[i]];
    const double radius =
        unit * (0.25 + 0.08 * std::sqrt(static_cast<double>(std::max(node.records, 1u))));
    const char* shape = node.kind == NodeKind::kInstitution ? "rect" : "circle";
    if (node.kind == NodeKind::kInstitution) {
      out += fmt::format(
          R"(<rect class="{}" data-n="{}" x="{:.2f}" y="{:.2f}" width="{:.2f}" height="{:.2f}">)",
          NodeClass(node), i, drawing.xy[i].first - radius, drawing.xy[i].second - radius,
          2 * radius, 2 * radius);
    } else {
      out += fmt::format(R"(<circle class="{}{}" data-n="{}" cx="{:.2f}" cy="{:.2f}" r="{:.2f}">)",
                         NodeClass(node), bridge_nodes.count(drawing.nodes[i]) ? " bridge" : "", i,
                         drawing.xy[i].first, drawing.xy[i].second, radius);
    }
    out += "<title>" + Html(node.label) + "</title></" + shape + ">";
  }
  out += fmt::format(R"(</g><g id="labels" font-size="{:.3f}">)", unit * 0.45);
  for (size_t i = 0; i < drawing.nodes.size(); ++i) {
    const GraphNode& node = graph.nodes[drawing.nodes[i]];
    if (!(node.kind == NodeKind::kInstitution && (node.dprk || node.concern)) &&
        !bridge_nodes.count(drawing.nodes[i]) && !labelled.count(drawing.nodes[i])) {
      continue;
    }
    out += fmt::format(R"(<text x="{:.2f}" y="{:.2f}">{}</text>)", drawing.xy[i].first + unit * 0.4,
                       drawing.xy[i].second + unit * 0.15, Html(node.label));
  }
  return out + "</g></svg>";
}

// What the script needs: per drawn node its label, kind, class and key; per drawn edge its
// ends, kind and first records; the records those name.
std::string ViewData(const CollaborationGraph& graph, const Drawing& drawing) {
  std::map<uint32_t, size_t> drawn;
  for (size_t i = 0; i < drawing.nodes.size(); ++i) drawn[drawing.nodes[i]] = i;
  Json nodes = Json::array(), edges = Json::array(), records = Json::object();
  for (uint32_t n : drawing.nodes) {
    const GraphNode& node = graph.nodes[n];
    nodes.push_back({node.label, NodeKindName(node.kind), NodeClass(node), node.key, node.country,
                     node.records, node.tags});
  }
  for (uint32_t e : drawing.edges) {
    const GraphEdge& edge = graph.edges[e];
    Json shown = Json::array();
    for (size_t k = 0; k < edge.records.size() && k < kRecordsPerEdgeShown; ++k) {
      const uint32_t r = edge.records[k];
      shown.push_back(r);
      const GraphRecord& record = graph.records[r];
      records[std::to_string(r)] = {record.id, record.title, record.year, record.doi};
    }
    edges.push_back({drawn[edge.source], drawn[edge.target], EdgeKindName(edge.kind),
                     edge.records.size(), std::move(shown)});
  }
  Json data = {
      {"nodes", std::move(nodes)}, {"edges", std::move(edges)}, {"records", std::move(records)}};
  std::string text = data.dump(-1, ' ', false, Json::error_handler_t::replace);
  // Inside a <script> element "</" must not occur: the JSON's own escapes keep it data.
  std::string safe;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '<')
      safe += "\\u003c";
    else
      safe += text[i];
  }
  return safe;
}

std::string RecordLinks(const CollaborationGraph& graph, const std::vector<uint32_t>& records) {
  std::string out;
  for (size_t i = 0; i < records.size() && i < 5; ++i) {
    out += (i ? "; " : "") + Html(graph.records[records[i]].id);
  }
  if (records.size() > 5) out += fmt::format(" … {} more", records.size() - 5);
  return out;
}

std::string SideCell(const CollaborationGraph& graph, const std::vector<BridgeSide>& side) {
  std::string out;
  for (const BridgeSide& item : side) {
    out += fmt::format("<div>{}{} <span class=\"muted\">({})</span></div>",
                       Html(graph.nodes[item.institution].label), item.own ? " (own)" : "",
                       RecordLinks(graph, item.records));
  }
  return out;
}

std::string Tables(const CollaborationGraph& graph, const std::vector<Bridge>& bridges,
                   const std::vector<NetworkPath>& paths, const std::vector<CitationLink>& links) {
  std::string out = fmt::format("<h2>Bridges ({})</h2>", bridges.size());
  out +=
      "<p>Researchers with ties both to DPRK institutions and to institutions of concern "
      "outside the DPRK (their own affiliations or their co-authors'), with the records.</p>";
  out +=
      "<table><thead><tr><th>researcher</th><th>DPRK side</th><th>concern side</th></tr></thead>";
  for (size_t i = 0; i < bridges.size() && i < kRowsPerTable; ++i) {
    const GraphNode& author = graph.nodes[bridges[i].author];
    out += fmt::format(
        "<tr><td>{}<div class=\"muted\">{} · confidence "
        "{:.2f}</div></td><td>{}</td><td>{}</td></tr>",
        Html(author.label), Html(author.key), author.confidence, SideCell(graph, bridges[i].dprk),
        SideCell(graph, bridges[i].concern));
  }
  out += "</table>";
  out += fmt::format(
      "<h2>Paths to DPRK institutions ({})</h2><table><thead><tr><th>hops</th>"
      "<th>path</th></tr></thead>",
      paths.size());
  for (size_t i = 0; i < paths.size() && i < kRowsPerTable; ++i) {
    std::string steps;
    for (const PathStep& step : paths[i].steps) {
      if (step.edge >= 0) {
        steps +=
            fmt::format(" <span class=\"muted\">—[{}]—</span> ",
                        RecordLinks(graph, graph.edges[static_cast<size_t>(step.edge)].records));
      }
      steps += Html(graph.nodes[step.node].label);
    }
    out += fmt::format("<tr><td>{}</td><td>{}</td></tr>", paths[i].hops(), steps);
  }
  out += "</table>";
  out += fmt::format(
      "<h2>Citation links ({})</h2><p>Records of the set cited by records from "
      "institutions of concern.</p><table><thead><tr><th>cited record</th>"
      "<th>citing record</th><th>citing institutions</th></tr></thead>",
      links.size());
  for (size_t i = 0; i < links.size() && i < kRowsPerTable; ++i) {
    std::string institutions;
    for (uint32_t node : links[i].citing_institutions) {
      institutions += "<div>" + Html(graph.nodes[node].label) + "</div>";
    }
    const GraphRecord& cited = graph.records[links[i].cited];
    const GraphRecord& citing = graph.records[links[i].citing];
    out += fmt::format(
        "<tr><td>{}<div class=\"muted\">{}</div></td><td>{}<div "
        "class=\"muted\">{}</div></td><td>{}</td></tr>",
        Html(cited.title), Html(cited.id), Html(citing.title), Html(citing.id), institutions);
  }
  return out + "</table>";
}

constexpr const char* kStyle = R"(
body{font:14px/1.45 system-ui,sans-serif;margin:0 24px 40px;color:#1d2433}
h1{font-size:22px}h2{font-size:17px;margin-top:28px}.muted{color:#667085;font-size:12px}
#wrap{display:flex;gap:16px}#net{width:70%;height:70vh;border:1px solid #d0d5dd;background:#fff;cursor:grab}
#info{width:30%;max-height:70vh;overflow:auto;font-size:13px}
line{vector-effect:non-scaling-stroke}line.aff{stroke:#98a2b3;stroke-width:1;stroke-dasharray:3 2}
line.co{stroke:#667085;stroke-width:1}circle,rect{stroke:#fff;stroke-width:1;vector-effect:non-scaling-stroke}
.author{fill:#5b8def}.inst{fill:#98a2b3}.bridge{stroke:#111;stroke-width:2.5}#labels{fill:#1d2433;pointer-events:none}
.dprk{fill:#c81e1e}.concern{fill:#e8871e}.both{fill:#7a1010}
.dim{opacity:.15}.hi{stroke:#000;stroke-width:3}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-bottom:1px solid #eaecf0;text-align:left;padding:4px 6px;vertical-align:top}
.legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}
)";

constexpr const char* kScript = R"(
window.addEventListener('error',e=>{document.documentElement.dataset.viewError=String(e.message);});
(function(){
const data=JSON.parse(document.getElementById('net-data').textContent);
const svg=document.getElementById('net'),info=document.getElementById('info');
const vb=svg.viewBox.baseVal;const nodes=svg.querySelectorAll('[data-n]');const lines=svg.querySelectorAll('line');
const adj=data.nodes.map(()=>[]);data.edges.forEach((e,i)=>{adj[e[0]].push(i);adj[e[1]].push(i);});
function text(s){const d=document.createElement('div');d.textContent=s;return d.innerHTML;}
function rec(r){const x=data.records[r];return x?'<li>'+text(x[0])+' · '+text(x[2]||'')+' · '+text(x[1])+'</li>':'';}
function show(n){const d=data.nodes[n];const near=new Set([n]);
let h='<h3>'+text(d[0])+'</h3><div class="muted">'+text(d[1])+' · '+text(d[3])+(d[4]?' · '+text(d[4]):'')+' · '+d[5]+' records</div>';
if(d[6]&&d[6].length)h+='<div>tags: '+text(d[6].join(', '))+'</div>';
h+='<h4>Ties</h4><ul>';
adj[n].forEach(i=>{const e=data.edges[i];const o=e[0]===n?e[1]:e[0];near.add(o);
h+='<li><b>'+text(data.nodes[o][0])+'</b> <span class="muted">'+e[2]+', '+e[3]+' records</span><ul>'+e[4].map(rec).join('')+'</ul></li>';});
info.innerHTML=h+'</ul>';
nodes.forEach(el=>{const k=+el.dataset.n;el.classList.toggle('dim',!near.has(k));el.classList.toggle('hi',k===n);});
lines.forEach(el=>{const e=data.edges[+el.dataset.e];el.classList.toggle('dim',e[0]!==n&&e[1]!==n);});}
nodes.forEach(el=>el.addEventListener('click',ev=>{ev.stopPropagation();show(+el.dataset.n);}));
svg.addEventListener('click',()=>{nodes.forEach(el=>el.classList.remove('dim','hi'));lines.forEach(el=>el.classList.remove('dim'));});
svg.addEventListener('wheel',ev=>{ev.preventDefault();const f=ev.deltaY>0?1.15:1/1.15;const r=svg.getBoundingClientRect();
const px=vb.x+(ev.clientX-r.left)/r.width*vb.width,py=vb.y+(ev.clientY-r.top)/r.height*vb.height;
vb.x=px-(px-vb.x)*f;vb.y=py-(py-vb.y)*f;vb.width*=f;vb.height*=f;},{passive:false});
let drag=null;svg.addEventListener('mousedown',ev=>{drag=[ev.clientX,ev.clientY];});
window.addEventListener('mouseup',()=>{drag=null;});
svg.addEventListener('mousemove',ev=>{if(!drag)return;const r=svg.getBoundingClientRect();
vb.x-=(ev.clientX-drag[0])/r.width*vb.width;vb.y-=(ev.clientY-drag[1])/r.height*vb.height;drag=[ev.clientX,ev.clientY];});
function fromHash(){const m=/node=([^&]+)/.exec(location.hash);if(!m)return;const key=decodeURIComponent(m[1]);
const n=data.nodes.findIndex(d=>d[3]===key);if(n>=0)show(n);}
window.addEventListener('hashchange',fromHash);fromHash();
document.documentElement.dataset.viewReady='1';
})();
)";

}  // namespace

std::string NetworkViewHtml(const CollaborationGraph& graph, const std::vector<Bridge>& bridges,
                            const std::vector<NetworkPath>& paths,
                            const std::vector<CitationLink>& links, const NetworkRunFacts& facts) {
  const Drawing drawing = Layout(graph, SelectNodes(graph, bridges, paths));
  std::string inputs;
  for (const std::string& input : facts.inputs)
    inputs += (inputs.empty() ? "" : ", ") + Html(input);
  std::string out =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
      "<title>catchall network</title><style>";
  out += kStyle;
  out += "</style></head><body><h1>Collaboration network</h1>";
  out += fmt::format(
      "<p class=\"muted\">{} records from {}; {} nodes and {} ties in the graph, {} "
      "nodes drawn (DPRK institutions, institutions of concern, bridges, path nodes "
      "and their neighbours). Click a node for its ties and records; wheel to zoom, "
      "drag to pan; #node=KEY in the address opens a node.</p>",
      facts.records, inputs, graph.nodes.size(), graph.edges.size(), drawing.nodes.size());
  out +=
      "<p class=\"legend\"><span><i class=\"dprk\" style=\"background:#c81e1e\"></i>DPRK</span>"
      "<span><i style=\"background:#e8871e\"></i>of concern</span><span><i style=\"background:"
      "#7a1010\"></i>both</span><span><i style=\"background:#5b8def\"></i>author (circle)</span>"
      "<span><i style=\"background:#98a2b3\"></i>institution (square)</span></p>";
  std::set<uint32_t> bridge_nodes;
  for (const Bridge& bridge : bridges) bridge_nodes.insert(bridge.author);
  std::set<uint32_t> on_paths;
  for (const NetworkPath& path : paths) {
    for (const PathStep& step : path.steps) on_paths.insert(step.node);
  }
  out += "<div id=\"wrap\">" + Svg(graph, drawing, bridge_nodes, on_paths) +
         "<div id=\"info\"></div></div>";
  out += Tables(graph, bridges, paths, links);
  out += "<script type=\"application/json\" id=\"net-data\">" + ViewData(graph, drawing) +
         "</script><script>";
  out += kScript;
  return out + "</script></body></html>\n";
}

}  // namespace catchall
