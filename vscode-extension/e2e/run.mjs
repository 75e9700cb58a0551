// End-to-end test in real VS Code: code-server with the packaged .vsix installed, driven by
// playwright-core in Debian's headless Chromium. Opens an example fact file, waits for FactLint's
// findings in the Problems panel, applies a quick fix through the light bulb and sees the finding
// go; saves screenshots (used by the README) and reports the extension's activation time.
// Fails when the server is broken: every step waits for something only a working server produces.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureCodeServer } from './codeServer.mjs';

const ext = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repo = path.resolve(ext, '..');
const vsix = path.join(ext, 'factlint.vsix');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const out = path.join(ext, 'e2e-output');
const t0 = Date.now();
const log = (m) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run 'npm run package' first.`);
if (!fs.existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: install Debian's chromium (apt-get install chromium); .ci/run does.`);
const codeServer = ensureCodeServer();

const freePort = () => new Promise((resolve) => {
  const srv = net.createServer();
  srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
});

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-vscode-e2e-'));
const home = path.join(work, 'home');
const workspace = path.join(work, 'workspace');
fs.cpSync(path.join(repo, 'examples'), workspace, { recursive: true, filter: (f) => !f.includes('.factlint-cache') });
fs.mkdirSync(path.join(work, 'user', 'User'), { recursive: true });
fs.mkdirSync(home, { recursive: true });
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(work, 'user', 'User', 'settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
}));
const port = await freePort();
fs.writeFileSync(path.join(work, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
const report = path.join(work, 'activation.json');
// Every tool writes its state under the temp folder, not the user's home.
const env = {
  ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share'),
  XDG_CACHE_HOME: path.join(home, '.cache'), XDG_STATE_HOME: path.join(home, '.local/state'), FACTLINT_E2E_REPORT: report,
};
const args = ['--config', path.join(work, 'config.yaml'), '--user-data-dir', path.join(work, 'user'), '--extensions-dir', path.join(work, 'ext')];
execFileSync(codeServer, [...args, '--install-extension', vsix], { env, stdio: ['ignore', 'ignore', 'inherit'] });
log('extension installed');
const serverLog = fs.openSync(path.join(out, 'code-server.log'), 'w');
const server = spawn(codeServer, [...args, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace], { env, stdio: ['ignore', serverLog, serverLog] });
let failed = false;
let ctx;
try {
  for (let i = 0; ; i++) {
    try { const r = await fetch(`http://127.0.0.1:${port}/healthz`); if (r.ok) break; } catch { /* not up yet */ }
    if (i > 150) throw new Error('code-server did not answer /healthz within 30 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  log('code-server up');
  ctx = await chromium.launchPersistentContext(path.join(work, 'chromium'), {
    executablePath: chromiumPath, headless: true, viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  const rows = page.locator('.explorer-folders-view .monaco-list-row');
  await rows.first().waitFor({ timeout: 60000 });
  await rows.filter({ hasText: /^events$/ }).first().click();
  await rows.filter({ hasText: 'vahdat-2019.facts.yaml' }).first().click();
  await page.waitForSelector('.tab[aria-label*="vahdat-2019.facts.yaml"]', { timeout: 30000 });
  log('fact file open');

  await page.keyboard.press('Control+Shift+M');
  // The Problems tree is virtualised: show only this file's findings, so that they are all rendered.
  const filter = page.getByPlaceholder(/^Filter \(e\.g\. text/).first();
  await filter.waitFor({ timeout: 30000 });
  await filter.fill('vahdat-2019');
  const markers = page.locator('.markers-panel .monaco-list-row');
  await markers.filter({ hasText: 'conflicts: 10 km' }).first().waitFor({ timeout: 90000 });
  const halimov = markers.filter({ hasText: "'Halimov' looks like another spelling" }).first();
  await halimov.waitFor({ timeout: 30000 });
  log('FactLint findings in the Problems panel (FL3001 conflict, FL4001 spelling)');
  const statusItem = await page.locator('.statusbar-item', { hasText: 'FactLint' }).first().innerText({ timeout: 10000 });
  await page.screenshot({ path: path.join(out, 'problems.png') });

  // The light bulb: go to the finding, open the quick-fix menu, take the fix.
  await halimov.dblclick();
  await page.waitForTimeout(500);
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: "Write 'Khalimov'" }).first();
  await fix.waitFor({ timeout: 30000 });
  await page.screenshot({ path: path.join(out, 'quick-fix.png') });
  log('quick-fix menu shows the fix');
  // The menu takes the keyboard (a pointer overlay blocks clicks): the preferred fix is the focused first row.
  await page.locator('.action-widget .monaco-list-row.focused', { hasText: "Write 'Khalimov'" }).first().waitFor({ timeout: 5000 });
  await page.keyboard.press('Enter');
  await page.locator('.view-lines', { hasText: "Khalimov's son" }).first().waitFor({ timeout: 15000 });
  await halimov.waitFor({ state: 'detached', timeout: 30000 });
  log('fix applied; the finding is gone from the Problems panel');

  const activation = JSON.parse(fs.readFileSync(report, 'utf8'));
  const result = { activationMs: Math.round(activation.activationMs * 10) / 10, statusBar: statusItem.replace(/\s+/g, ' '), seconds: (Date.now() - t0) / 1000 };
  fs.writeFileSync(path.join(out, 'result.json'), JSON.stringify(result, null, 2));
  log(`PASS: activation ${result.activationMs} ms; status bar "${result.statusBar}"`);
  // Tests never modify tracked files: the README's screenshots are refreshed only when asked for.
  if (process.env.FACTLINT_UPDATE_SCREENSHOTS === '1') {
    fs.mkdirSync(path.join(ext, 'images'), { recursive: true });
    fs.copyFileSync(path.join(out, 'problems.png'), path.join(ext, 'images', 'problems.png'));
    fs.copyFileSync(path.join(out, 'quick-fix.png'), path.join(ext, 'images', 'quick-fix.png'));
  } else {
    log(`screenshots in ${out} (FACTLINT_UPDATE_SCREENSHOTS=1 copies them to images/)`);
  }
} catch (e) {
  failed = true;
  console.error(`FAIL: ${e.message}`);
  if (ctx) await ctx.pages()[0]?.screenshot({ path: path.join(out, 'failure.png') }).catch(() => {});
  console.error(`screenshots and code-server.log in ${out}`);
} finally {
  await ctx?.close().catch(() => {});
  server.kill();
  fs.rmSync(work, { recursive: true, force: true, maxRetries: 3 });
}
process.exit(failed ? 1 : 0);
