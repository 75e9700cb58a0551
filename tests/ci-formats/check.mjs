// FactLint's CI outputs, checked by tools nobody on the project wrote:
// - SARIF: Microsoft's SARIF multitool (npm @microsoft/sarif-multitool-linux) validates the log
//   with the SARIF and the GitHub code-scanning rules; any error or warning fails.
// - JUnit: junit2json parses the report; the counts it reads must match the test cases.
// - GitHub annotations: every line must be exactly what @actions/core's own issueCommand writes
//   for the same finding (its escaping of %, CR, LF, ':' and ',').
// Run by test.sh after the .NET build (FACTLINT_CLI overrides the path of factlint.dll).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { parse } from 'junit2json';

const require = createRequire(import.meta.url);
const command = require('@actions/core/lib/command.js');
const here = path.dirname(new URL(import.meta.url).pathname);
const repo = path.resolve(here, '../..');
const cli = process.env.FACTLINT_CLI ?? path.join(repo, 'src/FactLint.Cli/bin/Release/net10.0/factlint.dll');
const multitool = path.join(here, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-ci-formats-'));
fs.cpSync(path.join(repo, 'examples'), path.join(work, 'facts'), { recursive: true });
// A file name and a message with every character the workflow-command escaping must handle.
fs.writeFileSync(path.join(work, 'facts', 'odd, name: 100%.facts.yaml'), 'sources:\n  - {id: odd-src, title: "T: a, b % c", url: "not a url, really: 50%"}\n');

function lint(format) {
  const r = spawnSync('dotnet', [cli, 'lint', 'facts', '--format', format, '--no-cache', '--progress', 'never', '--color', 'never'], { cwd: work, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `factlint --format ${format} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

let failures = 0;
function check(name, fn) {
  try {
    fn();
    console.log(`ok - ${name}`);
  } catch (e) {
    failures++;
    console.error(`not ok - ${name}\n${e.stack}`);
  }
}

const json = JSON.parse(lint('json'));
assert.ok(json.diagnostics.length >= 15, 'the examples should give findings');

check('SARIF passes the SARIF multitool with the GitHub rules', () => {
  const log = path.join(work, 'factlint.sarif');
  fs.writeFileSync(log, lint('sarif'));
  fs.chmodSync(multitool, 0o755);
  const out = path.join(work, 'validation.sarif');
  const r = spawnSync(multitool, ['validate', log, '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning', '--output', out], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  assert.equal(r.status, 0, `the multitool failed:\n${r.stdout}\n${r.stderr}`);
  const results = JSON.parse(fs.readFileSync(out, 'utf8')).runs[0].results ?? [];
  const problems = results.filter((x) => x.level === 'error' || x.level === 'warning' || x.level === undefined);
  assert.deepEqual(problems.map((p) => `${p.ruleId}: ${p.message?.text ?? JSON.stringify(p.message)}`), []);
});

const junit = await parse(lint('junit'));
check('JUnit counts, as a parser reads them, match its test cases', () => {
  const suites = junit.testsuite ?? [];
  const cases = suites.reduce((n, s) => n + (s.testcase?.length ?? 0), 0);
  assert.equal(junit.tests, cases, 'root tests= is the number of test cases');
  for (const s of suites) assert.equal(s.tests, s.testcase?.length ?? 0, `suite ${s.name}`);
  assert.equal(suites.filter((s) => s.name !== 'files without findings').reduce((n, s) => n + s.testcase.length, 0), json.diagnostics.length);
  assert.ok(suites.some((s) => s.name === 'facts/odd, name: 100%.facts.yaml'), 'paths are relative to the current folder, as in SARIF');
});

check('GitHub annotations are what @actions/core writes for the same findings', () => {
  const ours = lint('github').split('\n').filter((l) => l.startsWith('::'));
  const expected = [];
  const write = process.stdout.write;
  process.stdout.write = (s) => { expected.push(String(s).replace(/\r?\n$/, '')); return true; };
  try {
    for (const d of json.diagnostics) {
      const level = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
      command.issueCommand(level, { file: `facts/${d.file}`, line: d.line, col: d.column, endLine: d.endLine, endColumn: d.endColumn, title: d.id }, `${d.message}\nSee ${d.helpUri}`);
    }
  } finally {
    process.stdout.write = write;
  }

  assert.deepEqual(ours, expected);
});

fs.rmSync(work, { recursive: true, force: true });
if (failures > 0) {
  console.error(`ci-formats: ${failures} check(s) failed`);
  process.exit(1);
}

console.log('ci-formats: SARIF (multitool, GitHub rules), JUnit (junit2json) and GitHub annotations (@actions/core) all agree');
