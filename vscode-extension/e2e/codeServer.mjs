// Installs code-server (VS Code in a browser, from npm) once into a cache folder, working around
// what an offline machine and npm's install-script policy get in the way of (see
// ../shared/recipes/editor-e2e/README.md for where each step comes from).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The last code-server line that runs on node 20.
export const CODE_SERVER_VERSION = '4.100.3';

export function ensureCodeServer() {
  const cache = process.env.FACTLINT_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'factlint-e2e');
  const dir = path.join(cache, `code-server-${CODE_SERVER_VERSION}`);
  const bin = path.join(dir, 'node_modules', '.bin', 'code-server');
  if (fs.existsSync(path.join(dir, 'installed')) && fs.existsSync(bin)) {
    return bin;
  }

  for (const tool of ['/usr/bin/rg']) {
    if (!fs.existsSync(tool)) {
      throw new Error(`${tool} is missing: install Debian's ripgrep (and chromium, libkrb5-dev) first; .ci/run does.`);
    }
  }

  console.log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (once; ~1 minute)`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'factlint-e2e-code-server', private: true }));
  // @vscode/ripgrep 1.15.11 downloads rg from GitHub in postinstall unless its cache has it: seed it with Debian's rg (13.0.0, the same version).
  const tmp = path.join(dir, 'tmp');
  const rgDir = path.join(tmp, 'rgpkg');
  const rgCache = path.join(tmp, 'vscode-ripgrep-cache-1.15.11');
  fs.mkdirSync(rgDir, { recursive: true });
  fs.mkdirSync(rgCache, { recursive: true });
  fs.copyFileSync('/usr/bin/rg', path.join(rgDir, 'rg'));
  execFileSync('tar', ['czf', path.join(rgCache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', rgDir, 'rg']);
  const env = { ...process.env, TMPDIR: tmp, npm_config_unsafe_perm: 'true', npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
  const npm = (...args) => execFileSync('npm', args, { cwd: dir, env, stdio: ['ignore', 'inherit', 'inherit'] });
  npm('install', `code-server@${CODE_SERVER_VERSION}`);
  // npm 11 skips dependencies' install scripts until they are approved; code-server needs them (native modules).
  try {
    execFileSync('npm', ['install-scripts', 'approve', '--all'], { cwd: dir, env, stdio: 'ignore' });
    npm('rebuild');
  } catch {
    // An npm without install-script approval ran the scripts during install already.
  }
  if (!fs.existsSync(bin)) {
    throw new Error(`code-server did not install: ${bin} is missing`);
  }
  fs.writeFileSync(path.join(dir, 'installed'), CODE_SERVER_VERSION);
  return bin;
}
