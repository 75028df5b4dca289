#!/usr/bin/python3
"""Reads kg's exports back with the programs people open them with.

  check_exports.py --format FORMAT --fixture EXPORT_FIXTURE [--kg KG]
                   [--node-modules DIR]

Writes the sample graph of sample_graph.cc in FORMAT (gexf, graphml, dot,
cyjs, html), with `export_fixture sample` (the writers alone) or, given --kg,
through a real store and `kg export --around` (export_fixture store, then the
CLI), and checks it with its real reader:

  gexf, graphml  networkx (Debian's python3-networkx): node and edge counts,
                 names, kinds, relations, dates, timeline spans, evidence
  dot            Graphviz `dot -Tsvg`: renders without a diagnostic, and the
                 SVG holds every node and edge label as text
  cyjs           JSON, then cytoscape itself under Node.js, headless
  html           headless Chromium: the page draws every element with no
                 script error or warning, the time slider (set through the
                 URL fragment) hides what is dated later, a selected edge's
                 sources are on the page, and a page whose script throws is
                 seen to fail

Exits 0 when every check passes, 1 with the failures listed otherwise. Needs
no network.
"""

import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# ---------------------------------------------------------------------------
# What the sample says (sample_graph.cc). Names after export: the invalid
# UTF-8 byte becomes U+FFFD.

PERSON, OFFICE, ORGANIZATION, LAW, EVENT, COUNTRY = (
    "person", "office", "organization", "law", "event", "country")

SARSENOVA = "Aigerim Sarsenova"
BEKOV = "Yerlan Bekov"
MINISTER = "Minister of Labor and Social Protection of Population"
MINISTRY = 'Ministry of Labor & Social "Protection"'
MAJILIS = "Мәжіліс"
LAW_NAME = 'Law "On Employment" <draft> \\N 2024'
KAZAKHSTAN = "Kazakhstan"
UZBEKISTAN = "Uzbekistan"
FORUM = "Astana International Forum"
HOSTILE_ALIAS = "</script><script>window.kgPwned=1</script>"
HOSTILE_SENTENCE = ("Aigerim Sarsenova was appointed Minister of Labor & Social Protection "
                    "</script><script>window.kgPwned=2</script>.")

# name -> (kind, aliases, attributes, timeline_start, timeline_end)
NODES = {
    SARSENOVA: (PERSON, ["Sarsenova"], {"born": "1978"}, "2019-09-01", "2024-03-01"),
    BEKOV: (PERSON, ["Bekov", HOSTILE_ALIAS], {}, "2022-03-01", None),
    MINISTER: (OFFICE, [], {}, None, None),
    MINISTRY: (ORGANIZATION, [], {"attribute_label": "MLSPP"}, None, None),
    MAJILIS: (ORGANIZATION, ["Majilis", "Mazhilis"], {}, "2024-05-01", "2024-05-31"),
    LAW_NAME: (LAW, [], {}, "2024-05-01", "2024-07-01"),
    KAZAKHSTAN: (COUNTRY, [], {}, "2023-11-15", "2024-07-01"),
    UZBEKISTAN: (COUNTRY, [], {}, "2023-11-15", "2023-11-15"),
    FORUM: (EVENT, [], {}, None, None),
}

KIND_RGB = {PERSON: (78, 121, 167), OFFICE: (242, 142, 43), ORGANIZATION: (89, 161, 79),
            LAW: (225, 87, 89), EVENT: (176, 122, 161), COUNTRY: (118, 183, 178)}


def edge(src, relation, dst, label, timeline, sources, evidence, **fields):
    return {"src": src, "relation": relation, "dst": dst, "label": label,
            "timeline": timeline, "sources": sources, "evidence": evidence,
            "fields": {"date": None, "start": None, "end": None, "as_of": None,
                       "end_inferred": False, "stage": None, "by": None, "level": None,
                       **fields}}


EDGES = [
    edge(SARSENOVA, "appointed_to", MINISTER, "appointed_to 2024-03-01",
         ("2024-03-01", "2024-03-01"), ["a01", "a02"],
         [("a01", "2024-03-01", HOSTILE_SENTENCE),
          ("a02", "2024-03-02", 'The Government appointed "Sarsenova" on Friday.')],
         date="2024-03-01", by="Government"),
    edge(SARSENOVA, "held", MINISTER, "held 2019-09..2022", ("2019-09-01", "2022-12-31"),
         ["a03"], [("a03", "2024-01-10", "From September 2019 she held the post.")],
         start="2019-09", end="2022", end_inferred=True),
    edge(MINISTER, "part_of", MINISTRY, "part_of", (None, None), ["a01"],
         [("a01", "2024-03-01", "The minister heads the ministry.")]),
    edge(BEKOV, "held", MINISTER, "held 2022-03..", ("2022-03-01", None), ["a04"],
         [("a04", "2022-03-05", "Bekov\tserved as minister\nfrom March 2022 \ufffd on.")],
         start="2022-03"),
    edge(LAW_NAME, "adopted_by", MAJILIS, "adopted_by 2024-05", ("2024-05-01", "2024-05-31"),
         ["a05"], [("a05", "2024-05-20", "The Majilis adopted the law in first reading.")],
         date="2024-05", stage="first reading"),
    edge(LAW_NAME, "signed_by", BEKOV, "signed_by 2024-06-10", ("2024-06-10", "2024-06-10"),
         ["a06"], [("a06", "2024-06-10", "Bekov signed the law.")], date="2024-06-10"),
    edge(LAW_NAME, "entered_into_force", KAZAKHSTAN, "entered_into_force 2024-07-01",
         ("2024-07-01", "2024-07-01"), ["a06"],
         [("a06", "2024-06-10", "The law enters into force on 1 July.")], date="2024-07-01"),
    edge(KAZAKHSTAN, "partner_of", UZBEKISTAN, "partner_of as of 2023-11-15",
         ("2023-11-15", "2023-11-15"), ["a07"],
         [("a07", "2023-11-15", "Kazakhstan and Uzbekistan are strategic partners.")],
         as_of="2023-11-15", level="strategic partner"),
]

# The HTML page at #at=2022-06-01: edges first dated later are hidden (all
# but held 2019-09.., part_of and held 2022-03..), and so are the nodes left
# without an edge; the forum, which never had one, stays.
AT_DAY = "2022-06-01"
VISIBLE_AT_DAY = {SARSENOVA, BEKOV, MINISTER, MINISTRY, FORUM}
EDGES_AT_DAY = 3


class Checker:
    """Collects failures instead of stopping at the first."""

    def __init__(self, what):
        self.what = what
        self.failures = []

    def equal(self, actual, expected, message):
        if actual != expected:
            self.failures.append(f"{self.what}: {message}: got {actual!r}, want {expected!r}")

    def true(self, condition, message):
        if not condition:
            self.failures.append(f"{self.what}: {message}")


# ---------------------------------------------------------------------------
# Producing the file under test.

def produce(args, workdir):
    """Writes the sample in args.format; returns (path, expected node names)."""
    path = os.path.join(workdir, "sample." + args.format)
    if args.kg is None:
        run([args.fixture, "sample", workdir])
        return path, set(NODES)
    db = os.path.join(workdir, "db")
    run([args.fixture, "store", db])
    run([args.kg, "--db", db, "export", "--around", BEKOV, "--depth", "3",
         "--format", args.format, "-o", path])
    # The forum is in the store but in no fact: no walk reaches it.
    return path, set(NODES) - {FORUM}


def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, **kwargs)
    if result.returncode != 0:
        sys.exit(f"{command[0]} failed ({result.returncode}): {result.stderr}")
    return result


# ---------------------------------------------------------------------------
# networkx: GEXF and GraphML.

def networkx():
    import networkx as nx  # Debian's python3-networkx
    return nx


def read_gexf(path):
    # As a user reads it: networkx untouched, its default version (1.2draft).
    return networkx().read_gexf(path)


def check_graph_edges(check, graph, name_of, edges, read_fields):
    """Matches the graph's edges to `edges` by (source name, relation, target name)."""
    seen = {}
    for u, v, data in graph.edges(data=True):
        seen[(name_of(u), data.get("relation"), name_of(v))] = data
    check.equal(graph.number_of_edges(), len(edges), "edge count")
    for expected in edges:
        key = (expected["src"], expected["relation"], expected["dst"])
        data = seen.get(key)
        if data is None:
            check.failures.append(f"{check.what}: no edge {key}")
            continue
        read_fields(key, data, expected)


def check_gexf(check, path, names):
    graph = read_gexf(path)
    check.equal(graph.graph.get("mode"), "dynamic", "graph mode")
    check.equal(graph.is_directed(), True, "directed")
    check.equal(graph.number_of_nodes(), len(names), "node count")
    labels = {node: data.get("label") for node, data in graph.nodes(data=True)}
    check.equal(set(labels.values()), names, "node labels")
    for node, data in graph.nodes(data=True):
        name = data.get("label")
        if name not in NODES:
            continue
        kind, aliases, attributes, start, end = NODES[name]
        check.equal(data.get("kind"), kind, f"{name}: kind")
        check.equal(data.get("aliases"), "; ".join(aliases) if aliases else None,
                    f"{name}: aliases")
        for key, value in attributes.items():
            check.equal(data.get(key), value, f"{name}: attribute {key}")
        check.equal(data.get("start"), start, f"{name}: start")
        check.equal(data.get("end"), end, f"{name}: end")
        rgb = data.get("viz", {}).get("color", {})
        check.equal((rgb.get("r"), rgb.get("g"), rgb.get("b")), KIND_RGB[kind], f"{name}: colour")

    def fields(key, data, expected):
        f = expected["fields"]
        check.equal(data.get("label"), expected["relation"], f"{key}: label")
        for field, attribute in (("date", "date"), ("start", "start_date"), ("end", "end_date"),
                                 ("as_of", "as_of"), ("stage", "stage"), ("by", "by"),
                                 ("level", "level")):
            check.equal(data.get(attribute), f[field], f"{key}: {attribute}")
        check.equal(data.get("end_inferred"), f["end_inferred"], f"{key}: end_inferred")
        check.equal(data.get("start"), expected["timeline"][0], f"{key}: start")
        check.equal(data.get("end"), expected["timeline"][1], f"{key}: end")
        check.equal(data.get("sources"), "; ".join(expected["sources"]), f"{key}: sources")
        check.equal(data.get("evidence"), "\n".join(s for _, _, s in expected["evidence"]),
                    f"{key}: evidence")

    check_graph_edges(check, graph, lambda n: labels.get(n), EDGES, fields)


def check_graphml(check, path, names):
    graph = networkx().read_graphml(path)
    check.equal(graph.is_directed(), True, "directed")
    check.equal(graph.number_of_nodes(), len(names), "node count")
    node_names = {node: data.get("name") for node, data in graph.nodes(data=True)}
    check.equal(set(node_names.values()), names, "node names")
    for node, data in graph.nodes(data=True):
        name = data.get("name")
        if name not in NODES:
            continue
        kind, aliases, attributes, start, end = NODES[name]
        check.equal(data.get("label"), name, f"{name}: label")
        check.equal(data.get("kind"), kind, f"{name}: kind")
        check.equal(data.get("aliases"), "; ".join(aliases) if aliases else None,
                    f"{name}: aliases")
        for key, value in attributes.items():
            check.equal(data.get(key), value, f"{name}: attribute {key}")
        check.equal(data.get("timeline_start"), start, f"{name}: timeline_start")
        check.equal(data.get("timeline_end"), end, f"{name}: timeline_end")

    def fields(key, data, expected):
        f = expected["fields"]
        check.equal(data.get("label"), expected["label"], f"{key}: label")
        for field in ("date", "start", "end", "as_of", "stage", "by", "level"):
            check.equal(data.get(field), f[field], f"{key}: {field}")
        # Typed keys: a boolean and an int, not strings.
        check.equal(data.get("end_inferred"), f["end_inferred"], f"{key}: end_inferred")
        check.equal(data.get("source_count"), len(expected["sources"]), f"{key}: source_count")
        check.equal(data.get("sources"), "; ".join(expected["sources"]), f"{key}: sources")
        check.equal(data.get("evidence"), "\n".join(s for _, _, s in expected["evidence"]),
                    f"{key}: evidence")
        check.equal(data.get("timeline_start"), expected["timeline"][0], f"{key}: timeline_start")
        check.equal(data.get("timeline_end"), expected["timeline"][1], f"{key}: timeline_end")

    check_graph_edges(check, graph, lambda n: node_names.get(n), EDGES, fields)


# ---------------------------------------------------------------------------
# Graphviz.

SVG = "{http://www.w3.org/2000/svg}"


def check_dot(check, path, names):
    result = subprocess.run(["dot", "-Tsvg", path], capture_output=True, text=True, timeout=60)
    check.equal(result.returncode, 0, "dot exit code")
    check.equal(result.stderr, "", "dot diagnostics")
    if result.returncode != 0:
        return
    root = ET.fromstring(result.stdout)

    def groups(cls):
        found = []
        for g in root.iter(SVG + "g"):
            if g.get("class") == cls:
                found.append(" ".join("".join(t.itertext()) for t in g.iter(SVG + "text")))
        return found

    node_texts = groups("node")
    check.equal(len(node_texts), len(names), "node count")
    check.equal(set(node_texts), names, "node labels drawn")
    edge_texts = groups("edge")
    check.equal(len(edge_texts), len(EDGES), "edge count")
    check.equal(sorted(edge_texts), sorted(e["label"] for e in EDGES), "edge labels drawn")


# ---------------------------------------------------------------------------
# Cytoscape.js JSON, and cytoscape itself.

CYTOSCAPE_LOAD = r"""
const cytoscape = require(process.argv[1] + '/cytoscape');
const doc = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const cy = cytoscape({ elements: doc.elements, headless: true });
console.log(JSON.stringify({
  nodes: cy.nodes().map(n => n.data('name')).sort(),
  edges: cy.edges().length,
  dangling: cy.edges().filter(e => e.source().empty() || e.target().empty()).length,
}));
"""


def check_cyjs(check, path, names, node_modules):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    elements = doc.get("elements", {})
    nodes = [n["data"] for n in elements.get("nodes", [])]
    edges = [e["data"] for e in elements.get("edges", [])]
    check.equal(len(nodes), len(names), "node count")
    check.equal({n["name"] for n in nodes}, names, "node names")
    ids = {n["id"]: n for n in nodes}
    check.equal(len(ids), len(nodes), "unique node ids")
    for n in nodes:
        if n["name"] not in NODES:
            continue
        kind, aliases, attributes, start, end = NODES[n["name"]]
        check.equal(n["kind"], kind, f"{n['name']}: kind")
        check.equal(n["aliases"], aliases, f"{n['name']}: aliases")
        for key, value in attributes.items():
            check.equal(n.get(key), value, f"{n['name']}: attribute {key}")
        check.equal(n.get("timeline_start"), start, f"{n['name']}: timeline_start")
        check.equal(n.get("timeline_end"), end, f"{n['name']}: timeline_end")
    check.equal(len(edges), len(EDGES), "edge count")
    by_key = {}
    for e in edges:
        check.true(e["source"] in ids and e["target"] in ids, f"edge {e['id']} ends exist")
        if e["source"] in ids and e["target"] in ids:
            by_key[(ids[e["source"]]["name"], e["relation"], ids[e["target"]]["name"])] = e
    for expected in EDGES:
        key = (expected["src"], expected["relation"], expected["dst"])
        e = by_key.get(key)
        if e is None:
            check.failures.append(f"cyjs: no edge {key}")
            continue
        check.equal(e["label"], expected["label"], f"{key}: label")
        for field, value in expected["fields"].items():
            check.equal(e.get(field, None if field != "end_inferred" else False), value,
                        f"{key}: {field}")
        check.equal(e["sources"], expected["sources"], f"{key}: sources")
        check.equal(list(zip(e["evidence_articles"], e["evidence_dates"], e["evidence"])),
                    [tuple(x) for x in expected["evidence"]], f"{key}: evidence")
        check.equal((e.get("timeline_start"), e.get("timeline_end")), expected["timeline"],
                    f"{key}: timeline")

    result = subprocess.run(["node", "-e", CYTOSCAPE_LOAD, os.path.abspath(node_modules), path],
                            capture_output=True, text=True, timeout=60)
    check.equal(result.returncode, 0, f"cytoscape in node ({result.stderr.strip()})")
    check.equal(result.stderr, "", "cytoscape diagnostics")
    if result.returncode == 0:
        loaded = json.loads(result.stdout)
        check.equal(loaded["nodes"], sorted(names), "nodes cytoscape loaded")
        check.equal(loaded["edges"], len(EDGES), "edges cytoscape loaded")
        check.equal(loaded["dangling"], 0, "edges without both ends in cytoscape")


# ---------------------------------------------------------------------------
# The HTML page in headless Chromium.

def chromium_dom(url, workdir):
    """The page's DOM after it ran (virtual time lets its work finish)."""
    profile = tempfile.mkdtemp(prefix="chromium-", dir=workdir)
    command = ["/usr/bin/chromium", "--headless", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--user-data-dir=" + profile,
               "--window-size=1200,800", "--virtual-time-budget=10000", "--dump-dom", url]
    if os.geteuid() == 0:
        command.insert(1, "--no-sandbox")
    result = subprocess.run(command, capture_output=True, text=True, timeout=90)
    if result.returncode != 0:
        sys.exit(f"chromium failed ({result.returncode}): {result.stderr[-2000:]}")
    return result.stdout


def page_status(dom):
    """kg-status's data attributes and text (see html/page.html)."""
    match = re.search(r'<div id="kg-status"([^>]*)>(.*?)</div>\s*<script', dom, re.S)
    if match is None:
        return None
    status = dict(re.findall(r'data-([a-z]+)="([^"]*)"', match.group(1)))
    status["text"] = re.sub(r"<[^>]+>", " ", match.group(2))
    return status


def page_data(check, path):
    """The graph JSON embedded in the page, as the page's script reads it."""
    with open(path, encoding="utf-8") as f:
        html = f.read()
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    try:
        return html, json.loads(match.group(1) if match else "")
    except ValueError as error:
        check.failures.append(f"html: the page's data is not JSON up to its </script> ({error}): "
                              "did some text end the script element?")
        return html, {"elements": {"nodes": [], "edges": []}}


def check_html(check, path, names, workdir, check_checker):
    html, data = page_data(check, path)
    check.equal(len(data["elements"]["nodes"]), len(names), "nodes in the page's data")
    check.true(not re.search(r'<(script|link|img)[^>]*\s(src|href)=', html),
               "no script, stylesheet or image loaded from elsewhere")
    url = "file://" + os.path.abspath(path)

    # As opened: everything drawn, nothing complained.
    dom = chromium_dom(url, workdir)
    status = page_status(dom)
    check.true(status is not None, "kg-status in the page")
    if status is None:
        return
    check.equal(status.get("errors"), "0", f"script errors ({status['text'].strip()})")
    check.equal(status.get("warnings"), "0", f"console warnings ({status['text'].strip()})")
    check.equal(status.get("state"), "ready", "page state")
    check.equal(status.get("nodes"), str(len(names)), "nodes shown")
    check.equal(status.get("edges"), str(len(EDGES)), "edges shown")
    check.true(int(status.get("painted", "0")) > 0, "pixels painted on the canvas")
    # Readable at the fitted zoom, and the --around node highlighted.
    check.true(int(status.get("labelpx") or "0") >= 13, "labels of 13 px or more on screen")
    check.equal(status.get("focus"), data.get("focus", ""), "the focus node highlighted")
    check.true(check_checker or data.get("focus", "").startswith("n"),
               "kg export --around names its focus")
    # The slider spans the data and today, and starts at today.
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    check.equal(status.get("date"), today, "slider starts at today")
    # Hostile text stayed data: only the page's own four scripts exist.
    check.equal(len(re.findall(r"<script\b", dom)), 4, "script elements in the DOM")
    check.true("kgPwned" not in re.sub(r'<script type="application/json".*?</script>', "", dom,
                                       flags=re.S),
               "hostile text nowhere but in the page's data")

    # The slider moved back to AT_DAY, and the appointment edge selected.
    appointed = next((e["data"]["id"] for e in data["elements"]["edges"]
                      if e["data"]["relation"] == "appointed_to"), "e1")
    dom = chromium_dom(f"{url}#at={AT_DAY}&select={appointed}", workdir)
    status = page_status(dom) or {}
    check.equal(status.get("errors"), "0", "script errors at the slider date")
    check.equal(status.get("date"), AT_DAY, "slider date from the fragment")
    check.equal(status.get("nodes"), str(len(VISIBLE_AT_DAY & names)), "nodes shown at the date")
    check.equal(status.get("edges"), str(EDGES_AT_DAY), "edges shown at the date")
    check.equal(status.get("selected"), appointed, "selected element")
    details = re.search(r'<aside id="kg-details"[^>]*>(.*?)</aside>', dom, re.S)
    details = details.group(1) if details else ""
    check.true("article a01, 2024-03-01" in details, "selected edge's source article and date")
    escaped = HOSTILE_SENTENCE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    check.true(escaped in details, "selected edge's sentence, as text")
    check.true("article a02, 2024-03-02" in details, "second source")

    # A page whose script throws must not pass: the check can fail. (Once is
    # enough: this checks the checker, not the export.)
    if not check_checker:
        return
    broken = os.path.join(workdir, "broken.html")
    marker = "<script>\n// kg export --format html"
    check.true(marker in html, "page script marker")
    with open(broken, "w", encoding="utf-8") as f:
        f.write(html.replace(marker, marker.replace("<script>\n", "<script>\n"
                                                    "throw new Error('broken on purpose');\n"), 1))
    status = page_status(chromium_dom("file://" + broken, workdir)) or {}
    check.equal(status.get("errors"), "1", "a broken page reports its error")
    check.true(status.get("state") != "ready", "a broken page is not ready")


# ---------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", required=True,
                        choices=["gexf", "graphml", "dot", "cyjs", "html"])
    parser.add_argument("--fixture", required=True, help="the export_fixture binary")
    parser.add_argument("--kg", help="the kg binary: export through a real store and the CLI")
    parser.add_argument("--node-modules", help="node_modules holding cytoscape (for cyjs)")
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="kg-export-check-")
    try:
        path, names = produce(args, workdir)
        check = Checker(args.format + (" via kg export" if args.kg else ""))
        if args.format == "gexf":
            check_gexf(check, path, names)
        elif args.format == "graphml":
            check_graphml(check, path, names)
        elif args.format == "dot":
            check_dot(check, path, names)
        elif args.format == "cyjs":
            check_cyjs(check, path, names, args.node_modules)
        else:
            check_html(check, path, names, workdir, check_checker=args.kg is None)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    for failure in check.failures:
        print("FAIL", failure)
    if check.failures:
        return 1
    print(f"ok: {check.what} read back by its reader")
    return 0


if __name__ == "__main__":
    sys.exit(main())
