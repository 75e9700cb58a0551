// Bundles the extension with esbuild; with --server also publishes the FactLint server into
// server/ (framework-dependent: one build for every platform, run with `dotnet`) and copies the
// schemas and rule pages the extension ships.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ext = path.resolve(here, '..');
const repo = path.resolve(ext, '..');

await build({
  entryPoints: [path.join(ext, 'src/extension.ts')],
  bundle: true,
  outfile: path.join(ext, 'dist/extension.js'),
  external: ['vscode'],
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
  // Runs before the bundled libraries load, so the activation time the extension reports includes loading them.
  banner: { js: 'globalThis.__factlintLoadStart = performance.now();' },
});

fs.mkdirSync(path.join(ext, 'schemas'), { recursive: true });
for (const f of ['factfile.schema.json', 'factlint-config.schema.json']) {
  fs.copyFileSync(path.join(repo, 'schemas', f), path.join(ext, 'schemas', f));
}

if (process.argv.includes('--server')) {
  const server = path.join(ext, 'server');
  fs.rmSync(server, { recursive: true, force: true });
  execFileSync('dotnet', ['publish', path.join(repo, 'src/FactLint.Cli'), '-c', 'Release', '-o', server, '-p:DebugType=none', '-p:GenerateDocumentationFile=false', '-nologo', '-clp:ErrorsOnly'], { stdio: 'inherit' });
  const rules = path.join(ext, 'rules');
  fs.rmSync(rules, { recursive: true, force: true });
  fs.mkdirSync(rules);
  for (const f of fs.readdirSync(path.join(repo, 'docs/rules'))) {
    fs.copyFileSync(path.join(repo, 'docs/rules', f), path.join(rules, f));
  }
  const list = JSON.parse(execFileSync('dotnet', [path.join(server, 'factlint.dll'), 'rules', '--format', 'json'], { encoding: 'utf8' }));
  const entries = (Array.isArray(list) ? list : list.rules).map((r) => ({ id: r.id, name: r.name, title: r.title ?? r.shortDescription ?? '' }));
  fs.writeFileSync(path.join(rules, 'rules.json'), JSON.stringify(entries));
}
