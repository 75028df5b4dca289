// The walks of kg_sqlite_compare_bench, in Kùzu (npm `kuzu`, embedded, under
// Node), on the same graph: the nodes.csv, edges.csv and params.json that
// `kg_sqlite_compare_bench --export-dir DIR` writes.
//
//   node bench/kuzu_walks.mjs DIR [SECONDS]
//
// Prints RESULT lines like the C++ benchmarks (bench/run.sh collects them):
// p50 of the 2-hop count over the sampled people, and around the most
// reported person. A person is found by primary key (Kùzu has no secondary
// index on name); kg finds them by name, which costs it a names lookup more.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// Resolved from the working directory first, so `npm install kuzu` in a
// scratch directory serves without touching the repository's package.json.
const kuzu = require(require.resolve("kuzu", { paths: [process.cwd(), import.meta.dirname] }));

const dir = process.argv[2];
const seconds = Number(process.argv[3] ?? 5);
const params = JSON.parse(fs.readFileSync(path.join(dir, "params.json"), "utf8"));
const label = params.label;
const result = (metric, value, unit) =>
  console.log(`RESULT\t${label}\t${metric}\t${value}\t${unit}`);

const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-kuzu-"));
const db = new kuzu.Database(path.join(dbDir, "db"));
const conn = new kuzu.Connection(db);
const run = async (q) => (await conn.query(q)).getAll();

let t0 = performance.now();
await run("CREATE NODE TABLE N(id INT64, kind INT64, name STRING, PRIMARY KEY (id))");
await run("CREATE REL TABLE E(FROM N TO N, rel INT64)");
await run(`COPY N FROM '${path.join(dir, "nodes.csv")}' (HEADER=false)`);
await run(`COPY E FROM '${path.join(dir, "edges.csv")}' (HEADER=false)`);
console.error(`${label}: Kùzu loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const twoHop = await conn.prepare(
  "MATCH (p:N {id: $id})-[:E*1..2]-(x:N) RETURN count(DISTINCT x) AS n");

function percentile(values, p) {
  values.sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * values.length));
  return values[rank - 1];
}

async function measure(name, ids, maxRuns) {
  ids = ids.filter((id) => id >= 0);
  if (ids.length === 0) return;
  for (const id of ids) await (await conn.execute(twoHop, { id })).getAll();  // warm
  const latencies = [];
  let rows = 0;
  const started = performance.now();
  for (let run = 0; run < maxRuns; ++run) {
    const id = ids[run % ids.length];
    const t = performance.now();
    const out = await (await conn.execute(twoHop, { id })).getAll();
    latencies.push(performance.now() - t);
    rows += Number(out[0].n);
    if (performance.now() - started > seconds * 1000) break;
  }
  result(`${name}: Kùzu p50`, percentile(latencies, 50), "ms");
  result(`${name}: Kùzu p99`, percentile(latencies, 99), "ms");
  result(`${name}: Kùzu rows per run`, rows / latencies.length, "");
}

await measure("2-hop", params.people, 2000);
await measure("2-hop around the most reported person", [params.top], 40);
fs.rmSync(dbDir, { recursive: true, force: true });
process.exit(0);
