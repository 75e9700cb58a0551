// A plain LSP client over the server's stdio, built on vscode-languageserver-protocol (the
// library VS Code's own client uses): no FactLint code on this side of the wire.
'use strict';
const cp = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const P = require('vscode-languageserver-protocol/node');

const repo = path.resolve(__dirname, '../../..');

/** The built CLI (test.sh builds Release first); FACTLINT_SERVER may name another `factlint` executable. */
function serverCommand() {
  if (process.env.FACTLINT_SERVER) return { command: process.env.FACTLINT_SERVER, args: ['lsp', '--stdio'] };
  const dll = path.join(repo, 'src/FactLint.Cli/bin/Release/net10.0/factlint.dll');
  if (!fs.existsSync(dll)) throw new Error(`${dll} is missing: build the solution first (dotnet build FactLint.sln -c Release).`);
  return { command: 'dotnet', args: [dll, 'lsp', '--stdio'] };
}

/** Copies the bundled examples into a fresh folder, so tests may edit files freely. */
function copyExamples() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-e2e-'));
  fs.cpSync(path.join(repo, 'examples'), dir, { recursive: true, filter: (f) => !f.includes('.factlint-cache') });
  return dir;
}

const uriOf = (file) => pathToFileURL(file).href;

class Client {
  constructor(root, { initializationOptions } = {}) {
    this.root = root;
    this.diagnostics = new Map();
    this.waiters = [];
    this.logs = [];
    this.progress = [];
    this.versions = new Map();
    this.texts = new Map();
    const { command, args } = serverCommand();
    this.proc = cp.spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.proc.stderr.on('data', (d) => { this.stderr += d; });
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
    this.conn = P.createProtocolConnection(new P.StreamMessageReader(this.proc.stdout), new P.StreamMessageWriter(this.proc.stdin));
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest(P.RegistrationRequest.type, () => null);
    this.conn.onRequest('workspace/codeLens/refresh', () => null);
    this.conn.onNotification('window/logMessage', (m) => this.logs.push(m));
    this.conn.onNotification('$/progress', (p) => { this.progress.push(p); this.check(); });
    this.conn.onNotification(P.PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, p);
      this.check();
    });
    this.conn.listen();
    this.initializationOptions = initializationOptions;
  }

  async initialize() {
    const result = await this.conn.sendRequest(P.InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(this.root),
      workspaceFolders: [{ uri: uriOf(this.root), name: path.basename(this.root) }],
      initializationOptions: this.initializationOptions,
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        window: { workDoneProgress: true },
        workspace: {
          applyEdit: true,
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'], changeAnnotationSupport: { groupsOnLabel: true } },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceFolders: true,
          codeLens: { refreshSupport: true },
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { isPreferredSupport: true, disabledSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          synchronization: { didSave: true },
        },
      },
    });
    this.conn.sendNotification(P.InitializedNotification.type, {});
    return result;
  }

  check() {
    this.waiters = this.waiters.filter((w) => {
      const value = w.predicate();
      if (value) { clearTimeout(w.timer); w.resolve(value); return false; }
      return true;
    });
  }

  /** Resolves with the predicate's first truthy value, checked on every notification. */
  waitFor(description, predicate, timeoutMs = 30000) {
    const value = predicate();
    if (value) return Promise.resolve(value);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${description}\nserver stderr:\n${this.stderr}`)), timeoutMs);
      this.waiters.push({ predicate, resolve, timer });
    });
  }

  waitForDiagnostics(uri, predicate, description, timeoutMs) {
    return this.waitFor(description || `diagnostics of ${uri}`, () => {
      const p = this.diagnostics.get(uri);
      return p && predicate(p.diagnostics, p) ? p.diagnostics : null;
    }, timeoutMs);
  }

  open(file) {
    const uri = uriOf(file);
    const text = fs.readFileSync(file, 'utf8');
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    this.conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return uri;
  }

  /** Sends incremental changes (each {range, text}) and keeps this side's copy of the text in step. */
  change(uri, changes) {
    const version = this.versions.get(uri) + 1;
    this.versions.set(uri, version);
    let text = this.texts.get(uri);
    for (const c of changes) text = applyEdit(text, c.range, c.text);
    this.texts.set(uri, text);
    this.conn.sendNotification(P.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Applies a WorkspaceEdit as an editor would: refuses a stale version, applies open documents' edits through didChange, writes closed files. */
  applyWorkspaceEdit(edit) {
    for (const change of edit.documentChanges || []) {
      if (change.kind === 'create') { fs.writeFileSync(new URL(change.uri), ''); continue; }
      const uri = change.textDocument.uri;
      if (this.versions.has(uri)) {
        if (change.textDocument.version !== null && change.textDocument.version !== this.versions.get(uri)) {
          throw new Error(`stale edit for ${uri}: version ${change.textDocument.version}, document is at ${this.versions.get(uri)}`);
        }
        const edits = [...change.edits].sort((a, b) => compare(b.range.start, a.range.start));
        this.change(uri, edits.map((e) => ({ range: e.range, text: e.newText })));
      } else {
        const file = new URL(uri);
        let text = fs.readFileSync(file, 'utf8');
        for (const e of [...change.edits].sort((a, b) => compare(b.range.start, a.range.start))) text = applyEdit(text, e.range, e.newText);
        fs.writeFileSync(file, text);
      }
    }
  }

  request(type, params) { return this.conn.sendRequest(type, params); }

  async shutdown() {
    await this.conn.sendRequest(P.ShutdownRequest.type);
    this.conn.sendNotification(P.ExitNotification.type);
    const code = await Promise.race([this.exited, new Promise((r) => setTimeout(() => r('timeout'), 10000))]);
    this.conn.dispose();
    return code;
  }

  kill() { try { this.proc.kill(); } catch { /* already gone */ } }
}

function compare(a, b) { return a.line - b.line || a.character - b.character; }

function offsetAt(text, pos) {
  let line = 0, i = 0;
  while (line < pos.line && i < text.length) { if (text[i] === '\n') line++; i++; }
  return Math.min(i + pos.character, text.length);
}

function applyEdit(text, range, newText) {
  const start = offsetAt(text, range.start), end = offsetAt(text, range.end);
  return text.slice(0, start) + newText + text.slice(end);
}

/** The (line, character) of the first occurrence of `needle` in `text`, plus `delta` characters. */
function positionOf(text, needle, delta = 0) {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`'${needle}' not found`);
  const before = text.slice(0, i + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

module.exports = { Client, P, copyExamples, uriOf, positionOf, applyEdit, serverCommand, repo };
