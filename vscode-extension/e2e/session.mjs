// One code-server session for an end-to-end test: a temporary home, user-data and workspace (a copy
// of the examples), the packaged .vsix installed, code-server started, headless Chromium (Debian's)
// on the workspace. Everything is under one temp folder, removed by close().
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureCodeServer } from './codeServer.mjs';

export const ext = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repo = path.resolve(ext, '..');
export const out = path.join(ext, 'e2e-output');
const vsix = path.join(ext, 'factlint.vsix');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

export function logger() {
  const t0 = Date.now();
  const log = (m) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
  log.seconds = () => (Date.now() - t0) / 1000;
  return log;
}

const freePort = () => new Promise((resolve) => {
  const srv = net.createServer();
  srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
});

/**
 * @param {object} o
 * @param {string} o.name  prefix of the log files in e2e-output
 * @param {boolean} [o.trust]  Workspace Trust on (the folder opens untrusted) instead of disabled
 * @param {(work: string) => object} [o.settings]  extra User settings, given the session's temp folder
 * @param {(work: string) => object} [o.machineSettings]  Machine settings (what a remote window, as
 *   code-server's is, reads machine-scoped settings from), given the session's temp folder
 */
export async function openSession({ name, trust = false, settings = () => ({}), machineSettings = null }) {
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run 'npm run package' first.`);
  if (!fs.existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: install Debian's chromium (apt-get install chromium); .ci/run does.`);
  const codeServer = ensureCodeServer();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-vscode-e2e-'));
  const home = path.join(work, 'home');
  const workspace = path.join(work, 'workspace');
  const userDir = path.join(work, 'user');
  fs.cpSync(path.join(repo, 'examples'), workspace, { recursive: true, filter: (f) => !f.includes('.factlint-cache') });
  fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': trust,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'workbench.tips.enabled': false,
    ...settings(work),
  }));
  if (machineSettings) {
    fs.mkdirSync(path.join(userDir, 'Machine'), { recursive: true });
    fs.writeFileSync(path.join(userDir, 'Machine', 'settings.json'), JSON.stringify(machineSettings(work)));
  }
  const port = await freePort();
  fs.writeFileSync(path.join(work, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const report = path.join(work, 'activation.json');
  // Every tool writes its state under the temp folder, not the user's home.
  const env = {
    ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'), XDG_STATE_HOME: path.join(home, '.local/state'), FACTLINT_E2E_REPORT: report,
  };
  const args = ['--config', path.join(work, 'config.yaml'), '--user-data-dir', userDir, '--extensions-dir', path.join(work, 'ext')];
  execFileSync(codeServer, [...args, '--install-extension', vsix], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const serverLog = fs.openSync(path.join(out, `${name}-code-server.log`), 'w');
  const server = spawn(codeServer, [...args, '--disable-telemetry', '--disable-update-check', ...(trust ? [] : ['--disable-workspace-trust']), workspace], { env, stdio: ['ignore', serverLog, serverLog] });
  let ctx;
  const close = async () => {
    await ctx?.close().catch(() => {});
    server.kill();
    fs.rmSync(work, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    for (let i = 0; ; i++) {
      try { const r = await fetch(`http://127.0.0.1:${port}/healthz`); if (r.ok) break; } catch { /* not up yet */ }
      if (i > 150) throw new Error('code-server did not answer /healthz within 30 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    ctx = await chromium.launchPersistentContext(path.join(work, 'chromium'), {
      executablePath: chromiumPath, headless: true, viewport: { width: 1400, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const page = ctx.pages()[0] ?? await ctx.newPage();
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    return { page, work, workspace, userDir, report, close, screenshotOnFailure: () => page.screenshot({ path: path.join(out, `${name}-failure.png`) }).catch(() => {}) };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Runs a command from the command palette, by its title. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
}

/** Waits until fn() returns a truthy value (polling), or fails with what it was waiting for. */
export async function until(what, fn, timeoutMs = 60000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every file under dir whose name matches re. */
export function findFiles(dir, re) {
  const found = [];
  const walk = (d) => {
    for (const e of fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }) : []) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (re.test(e.name)) found.push(p);
    }
  };
  walk(dir);
  return found.sort();
}
