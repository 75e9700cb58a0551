// Editor latency of the FactLint language server, measured over stdio as an editor sees it:
// a 1,000-file workspace (50,000 claims) plus one 5,000-line file open in the editor; each
// didChange (one figure retyped) is timed to the publishDiagnostics of that version.
//   node tests/FactLint.Benchmarks/lsp-latency.js [EDITS=300] [INTERVAL_MS=100]
// Needs: the e2e client's npm packages (cd tests/FactLint.LanguageServer.E2E && npm ci), and
// FACTLINT_SERVER (run via lsp-latency.sh, which publishes a ReadyToRun build and makes the corpus).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('../FactLint.LanguageServer.E2E/lib/lsp-client');

const edits = Number(process.argv[2] || 300);
const interval = Number(process.argv[3] || 100);
const root = process.env.FACTLINT_BENCH_CORPUS;
if (!root || !fs.existsSync(root)) throw new Error('set FACTLINT_BENCH_CORPUS to the generated workspace');
const file = path.join(root, 'incident-00000.facts.yaml');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };

(async () => {
  const client = new Client(root);
  const t0 = performance.now();
  await client.initialize();
  await client.waitFor('indexing to end', () => client.progress.some((p) => p.value.kind === 'end'), 120000);
  const indexed = performance.now() - t0;
  // Let the first corpus pass finish and memory settle.
  await sleep(3000);
  const rss = rssMb(client.proc.pid);

  const uri = client.open(file);
  const lines = client.texts.get(uri).split('\n');
  console.log(`workspace: ${fs.readdirSync(root).filter((f) => f.endsWith('.facts.yaml')).length} files; open file: ${lines.length} lines`);
  await client.waitForDiagnostics(uri, (ds, p) => p.version === 1, 'first diagnostics', 60000);
  const valueLines = lines.map((l, i) => (/^    value: \d+$/.test(l) ? i : -1)).filter((i) => i >= 0);

  // Warm-up, so that JIT of the edit path is not counted (an editor's first edit pays it once).
  const once = async (k) => {
    const line = valueLines[(k * 7919) % valueLines.length];
    const text = client.texts.get(uri).split('\n')[line];
    const digit = text.length - 1;
    const next = String((Number(text[digit]) + 1) % 10);
    const start = performance.now();
    const version = client.change(uri, [{ range: { start: { line, character: digit }, end: { line, character: digit + 1 } }, text: next }]);
    await client.waitForDiagnostics(uri, (ds, p) => p.version === version, `diagnostics of version ${version}`, 30000);
    return performance.now() - start;
  };
  for (let k = 0; k < 20; k++) { await once(k); await sleep(interval); }

  const times = [];
  for (let k = 0; k < edits; k++) {
    times.push(await once(k + 20));
    await sleep(interval);
  }

  // After a pause: the time until the corpus rules' findings (conflicts across files) are republished.
  const full = [];
  for (let k = 0; k < 5; k++) {
    const start = performance.now();
    const version = client.change(uri, [{ range: { start: { line: valueLines[k], character: 11 }, end: { line: valueLines[k], character: 12 } }, text: String(k) }]);
    const fast = await client.waitFor('the per-file publish', () => { const p = client.diagnostics.get(uri); return p.version === version && p; }, 30000);
    const republished = await client.waitFor('the corpus pass republish', () => client.diagnostics.get(uri) !== fast, 5000).then(() => true, () => false);
    if (republished) full.push(performance.now() - start);
    await sleep(1500);
  }

  const rssAfter = rssMb(client.proc.pid);
  const f = (x) => x.toFixed(1);
  console.log(`indexing (start to progress end): ${(indexed / 1000).toFixed(2)} s; server RSS after indexing: ${rssAfter > rss ? `${f(rss)} MB (${f(rssAfter)} MB after the edits)` : `${f(rss)} MB`}`);
  console.log(`didChange -> publishDiagnostics (per-file findings), ${times.length} edits every ${interval} ms: p50 ${f(pct(times, 50))} ms, p95 ${f(pct(times, 95))} ms, max ${f(Math.max(...times))} ms`);
  console.log(`didChange -> republish with corpus findings after typing stops (150 ms debounce + the incremental corpus pass over 50,000 claims): ${full.map(f).join(', ')} ms`);
  await client.shutdown();
})().catch((e) => { console.error(e); process.exit(1); });
