// End-to-end test of the extension's lifecycle in real VS Code (code-server): Workspace Trust on,
// factlint.server.path set in User settings, the folder opened untrusted. Granting trust, "FactLint:
// Restart Server" and "Developer: Reload Window" must each start exactly one server, and neither the
// FactLint output channel nor the extension host's log may show an error (these once showed two
// servers at once with "command 'factlint.reindex' already exists", "[Error] Server process exited
// with code 0" and "Channel has been closed").
import fs from 'node:fs';
import path from 'node:path';
import { ext, findFiles, logger, openSession, out, runCommand, until } from './session.mjs';

const log = logger();
// The server.path target: the bundled server behind a wrapper, as a developer's build would be.
// code-server's window is a remote window: machine-scoped settings are read from the Machine
// settings there (a User value was seen by the first window and not after a reload, 1 run in 5),
// which is where the README tells remote users to put them.
const wrapperOf = (work) => {
  const wrapper = path.join(work, 'factlint-dev');
  if (!fs.existsSync(wrapper)) {
    fs.writeFileSync(wrapper, `#!/bin/sh\nexec dotnet "${path.join(ext, 'server', 'factlint.dll')}" "$@"\n`, { mode: 0o755 });
  }
  return wrapper;
};
const session = await openSession({
  name: 'lifecycle',
  trust: true,
  machineSettings: (work) => ({ 'factlint.server.path': wrapperOf(work) }),
});
log('code-server up, folder open untrusted');
const { page, userDir } = session;
const logsDir = path.join(userDir, 'logs');
const outputLogs = () => findFiles(logsDir, /FactLint\.log$/);
const read = (files) => files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
const count = (text, re) => (text.match(new RegExp(re.source, 'g')) ?? []).length;
const CUSTOM_START = /Starting the FactLint server: custom server/;
const SERVER_UP = /FactLint \S+ started; reading the workspace\./;
// What must never appear: the client's error lines, the server's, and the extension host's about FactLint.
const errorLines = () => {
  const lines = read(outputLogs()).split('\n').filter((l) => /\[Error\b|\[error\]|\[factlint error\]|already exists|Channel has been closed/.test(l));
  const host = read(findFiles(logsDir, /^exthost\.log$/)).split('\n').filter((l) => /\[error\]/.test(l) && /factlint|Channel has been closed/i.test(l));
  return [...lines, ...host];
};
const errorToasts = () => page.locator('.notifications-toasts .notification-toast .codicon-error, .notifications-toasts .notification-toast .codicon-notifications-error').count();
// A second start, if there were one, follows the first within a second or two: watch for 5 s.
const settle = () => new Promise((r) => setTimeout(r, 5000));
const expectClean = async (step) => {
  const errors = errorLines();
  if (errors.length) throw new Error(`${step}: error lines in the logs:\n  ${errors.join('\n  ')}`);
  const toasts = await errorToasts();
  if (toasts) throw new Error(`${step}: ${toasts} error notification(s) on screen`);
};

let failed = false;
try {
  const trustButton = page.getByRole('button', { name: /Yes, I trust the authors/ });
  await trustButton.waitFor({ timeout: 60000 });
  // Restricted Mode until the answer: only the bundled server may run.
  await until('the bundled server to start in Restricted Mode', () => /ignored in Restricted Mode/.test(read(outputLogs())));
  await until('the restricted server to be up', () => count(read(outputLogs()), SERVER_UP) >= 1);
  await trustButton.click();
  log('trust granted');
  await until('the custom server (factlint.server.path) to start', () => count(read(outputLogs()), CUSTOM_START) >= 1);
  await until('the custom server to be up', () => count(read(outputLogs()), SERVER_UP) >= 2);
  await settle();
  if (count(read(outputLogs()), CUSTOM_START) !== 1) throw new Error(`granting trust started ${count(read(outputLogs()), CUSTOM_START)} servers, not 1`);
  await expectClean('after granting trust');
  log('granting trust started one server, no errors');

  await runCommand(page, 'FactLint: Restart Server');
  await until('the restarted server to start', () => count(read(outputLogs()), CUSTOM_START) >= 2);
  await until('the restarted server to be up', () => count(read(outputLogs()), SERVER_UP) >= 3);
  await settle();
  if (count(read(outputLogs()), CUSTOM_START) !== 2) throw new Error(`a restart started ${count(read(outputLogs()), CUSTOM_START) - 1} servers, not 1`);
  await expectClean('after a restart');
  log('a restart started one server, no errors');

  const before = outputLogs().length;
  await runCommand(page, 'Developer: Reload Window');
  await until('the reloaded window\'s output channel', () => outputLogs().length > before, 90000);
  const reloaded = () => read(outputLogs().slice(before));
  await until('the server of the reloaded window to start', () => count(reloaded(), CUSTOM_START) >= 1, 90000);
  await until('the server of the reloaded window to be up', () => count(reloaded(), SERVER_UP) >= 1, 90000);
  await settle();
  if (count(reloaded(), CUSTOM_START) !== 1) throw new Error(`a reload started ${count(reloaded(), CUSTOM_START)} servers, not 1`);
  await expectClean('after a reload');
  log(`PASS: trust, restart and reload each started one server; no error lines in ${outputLogs().length} output logs and the extension host's log`);
} catch (e) {
  failed = true;
  console.error(`FAIL: ${e.message}`);
  await session.screenshotOnFailure();
  for (const f of findFiles(logsDir, /(FactLint|exthost)\.log$/)) {
    fs.copyFileSync(f, path.join(out, `lifecycle-${path.relative(logsDir, f).replace(/[\\/]/g, '-')}`));
  }
  console.error(`screenshot, logs and lifecycle-code-server.log in ${out}`);
} finally {
  await session.close();
}
process.exit(failed ? 1 : 0);
