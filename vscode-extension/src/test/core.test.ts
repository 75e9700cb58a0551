import test from 'node:test';
import assert from 'node:assert/strict';
import { chooseServer, DOTNET_DOWNLOAD } from '../core/serverCommand';
import { RestartPolicy } from '../core/restartPolicy';
import { toServerOptions } from '../core/settings';
import { statusText } from '../core/statusText';
import { contentSecurityPolicy, gonePage, withPolicy } from '../core/webviewHtml';

const base = { configuredPath: '', trusted: true, bundledDll: '/ext/server/factlint.dll', bundledExists: true, dotnet: '/usr/bin/dotnet' };

test('the bundled server runs with dotnet', () => {
  assert.deepEqual(chooseServer(base), { kind: 'run', command: '/usr/bin/dotnet', args: ['/ext/server/factlint.dll', 'lsp', '--stdio'], description: 'bundled server' });
});

test('a custom server path is used only in a trusted workspace', () => {
  const trusted = chooseServer({ ...base, configuredPath: '/opt/factlint' });
  assert.equal(trusted.kind === 'run' && trusted.command, '/opt/factlint');
  const restricted = chooseServer({ ...base, configuredPath: '/tmp/evil', trusted: false });
  assert.ok(restricted.kind === 'run');
  assert.equal(restricted.command, '/usr/bin/dotnet', 'Restricted Mode runs the bundled server');
  assert.match(restricted.description, /ignored in Restricted Mode/);
});

test('without dotnet the user is told what to install', () => {
  const choice = chooseServer({ ...base, dotnet: undefined });
  assert.equal(choice.kind, 'missing');
  assert.ok(choice.kind === 'missing' && /\.NET 10/.test(choice.message) && choice.action?.url === DOTNET_DOWNLOAD);
});

test('crash restarts back off and stop after five in three minutes', () => {
  const policy = new RestartPolicy();
  const delays = [0, 1, 2, 3, 4].map((i) => policy.onCrash(1000 * i).delayMs);
  assert.deepEqual(delays, [1000, 2000, 4000, 8000, 16000]);
  assert.equal(policy.onCrash(6000).restart, false);
  const later = new RestartPolicy();
  later.onCrash(0);
  assert.equal(later.onCrash(4 * 60 * 1000).delayMs, 1000, 'old crashes fall out of the window');
});

test('settings become initialization options, and nothing in Restricted Mode', () => {
  assert.deepEqual(toServerOptions({ severity: { FL2006: 'off', FL9999: 'loud', bogus: 'error' }, namesThreshold: 0.7, codeLens: true }, true),
    { factlint: { severity: { FL2006: 'off' }, codeLens: true, claimGroupView: true, names: { threshold: 0.7 } } });
  assert.deepEqual(toServerOptions({ severity: { FL2006: 'off' }, codeLens: true }, false), { factlint: {} });
  assert.deepEqual(toServerOptions({ namesThreshold: 3 }, true), { factlint: { severity: {}, codeLens: false, claimGroupView: true } });
});

test('status text counts findings by severity', () => {
  assert.equal(statusText({ errors: 0, warnings: 0, infos: 0 }, true).text, '$(check) FactLint');
  const busy = statusText({ errors: 1, warnings: 12, infos: 3 }, true);
  assert.equal(busy.text, 'FactLint $(error) 1 $(warning) 12 $(info) 3');
  assert.match(busy.tooltip, /1 error, 12 warnings, 3 notes/);
  assert.match(statusText({ errors: 0, warnings: 0, infos: 0 }, false).tooltip, /not running/);
});

test('restarts asked for together run one at a time, and those asked for while one waits join it', async () => {
  const { SerialRestarts } = await import('../core/serialRestarts.js');
  let running = 0;
  let maxRunning = 0;
  let runs = 0;
  const serial = new SerialRestarts(async () => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    runs++;
    await new Promise((resolve) => setTimeout(resolve, 20));
    running--;
  });
  // Trust granted: the trust event and the settings change both ask, ~15 ms apart.
  const first = serial.request();
  await new Promise((resolve) => setTimeout(resolve, 15));
  const second = serial.request();
  await Promise.all([first, second]);
  assert.equal(runs, 1, 'two requests inside the settle window: one restart');
  assert.equal(maxRunning, 1);

  // One asked for while a restart runs waits for it, then runs once more.
  const a = serial.request();
  await new Promise((resolve) => setTimeout(resolve, 160));
  const b = serial.request();
  const c = serial.request();
  await Promise.all([a, b, c]);
  assert.equal(runs, 3);
  assert.equal(maxRunning, 1, 'never two restarts at once');
});

test('the claim group view gets a policy that allows inline style and nothing else', () => {
  const page = withPolicy('<!DOCTYPE html><html><head><title>t</title></head><body>x</body></html>');
  assert.ok(page.startsWith('<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy"'), 'the policy comes first in the head');
  assert.match(contentSecurityPolicy, /default-src 'none'/);
  assert.doesNotMatch(contentSecurityPolicy, /script-src|https?:/);
  assert.match(withPolicy('<p>no head</p>'), /^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy"[^>]*><\/head><body><p>no head<\/p>/);
});

test('a group that is gone says so, its title as text', () => {
  const page = gonePage('killed of <b>e1</b>');
  assert.match(page, /no longer exists/);
  assert.match(page, /killed of &lt;b&gt;e1&lt;\/b&gt;/);
});
