'use strict';
// Bad input never kills the server: each hostile message gets a clear answer (or is logged), and
// afterwards the server still answers a hover. Then a client that vanishes ends the process.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { copyExamples, uriOf, positionOf } = require('../lib/lsp-client');
const { RawWire } = require('../lib/raw-wire');

test('hostile input, then a hover still works', async (t) => {
  const root = copyExamples();
  const wire = new RawWire();
  t.after(() => wire.proc.kill());
  const file = path.join(root, 'events/vahdat-2019.facts.yaml');
  const uri = uriOf(file);
  const text = fs.readFileSync(file, 'utf8');
  const hoverAt = positionOf(text, 'value: 10', 7);
  const hover = async (id) => {
    wire.send({ id, method: 'textDocument/hover', params: { textDocument: { uri }, position: hoverAt } });
    return wire.response(id);
  };

  await t.test('a request before initialize is refused with ServerNotInitialized', async () => {
    const r = await hover(1);
    assert.equal(r.error.code, -32002);
  });

  wire.send({ id: 2, method: 'initialize', params: { processId: null, rootUri: uriOf(root), capabilities: {}, workspaceFolders: [{ uri: uriOf(root), name: 'examples' }] } });
  await wire.response(2);
  wire.send({ method: 'initialized', params: {} });
  wire.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });

  await t.test('a second initialize is refused', async () => {
    wire.send({ id: 3, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    assert.equal((await wire.response(3)).error.code, -32600);
  });

  await t.test('a header without Content-Length is skipped and the stream resynchronises', async () => {
    wire.writeRaw('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0","id":90,"method":"shutdown"}');
    wire.writeRaw('garbage that is not a header\r\n\r\n');
    wire.writeRaw('Content-Length: twelve\r\n\r\n');
    const r = await hover(4);
    assert.ok(r.result, 'hover answered after the broken headers');
    assert.ok(!wire.messages.some((m) => m.id === 90), 'the body of the broken frame was not taken for a message');
    assert.match(wire.stderr, /no Content-Length/);
  });

  await t.test('a body that is not JSON gets ParseError', async () => {
    const body = Buffer.from('{"jsonrpc": "2.0", "id": 5, "method": ', 'utf8');
    wire.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
    const r = await wire.waitFor('ParseError', (m) => m.error && m.error.code === -32700);
    assert.equal(r.id, null);
  });

  await t.test('deeply nested JSON is refused, not recursed into', async () => {
    const body = Buffer.from('{"jsonrpc":"2.0","id":6,"method":"textDocument/hover","params":' + '['.repeat(100000) + ']'.repeat(100000) + '}');
    wire.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
    await wire.waitFor('a second ParseError', (m) => m.error && m.error.code === -32700 && wire.messages.filter((x) => x.error && x.error.code === -32700).length >= 2);
  });

  await t.test('an unknown method gets MethodNotFound', async () => {
    wire.send({ id: 7, method: 'textDocument/frobnicate', params: {} });
    assert.equal((await wire.response(7)).error.code, -32601);
  });

  await t.test('params of the wrong shape get InvalidParams', async () => {
    wire.send({ id: 8, method: 'textDocument/hover', params: { textDocument: 42, position: 'here' } });
    assert.equal((await wire.response(8)).error.code, -32602);
  });

  await t.test('a didChange for a document that is not open is ignored', async () => {
    wire.send({ method: 'textDocument/didChange', params: { textDocument: { uri: uriOf(path.join(root, 'nope.facts.yaml')), version: 2 }, contentChanges: [{ text: 'x' }] } });
    assert.ok((await hover(9)).result);
  });

  await t.test('out-of-range positions are clamped, not thrown', async () => {
    wire.send({ id: 10, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 999999, character: 999999 } } });
    assert.ok(!('error' in (await wire.response(10))));
    wire.send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 5000, character: 3 }, end: { line: -1, character: -7 } }, text: '' }] } });
    wire.send({ id: 11, method: 'textDocument/completion', params: { textDocument: { uri }, position: { line: -3, character: 2 } } });
    assert.ok(!('error' in (await wire.response(11))));
    await wire.waitFor('the reversed range to be reported', () => /range ends before it starts/.test(wire.stderr) && {});
  });

  await t.test('a cancelled request answers RequestCancelled or its result, never nothing', async () => {
    wire.send({ id: 12, method: 'workspace/symbol', params: { query: '' } });
    wire.send({ method: '$/cancelRequest', params: { id: 12 } });
    const r = await wire.response(12);
    assert.ok(r.result || r.error.code === -32800);
  });

  await t.test('after all that, hover still answers with the conflict table', async () => {
    const r = await hover(13);
    assert.match(r.result.contents.value, /Conflict/);
  });

  await t.test('stdin closed: the server exits on its own', async () => {
    wire.proc.stdin.end();
    const code = await Promise.race([wire.exited, new Promise((r) => setTimeout(() => r('still running'), 10000))]);
    assert.equal(code, 1, 'exit code 1: the client went away without shutdown');
  });
});

test('exit without shutdown exits with 1; requests after shutdown are refused', async () => {
  const wire = new RawWire();
  wire.send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  await wire.response(1);
  wire.send({ id: 2, method: 'shutdown' });
  assert.equal((await wire.response(2)).result, null);
  wire.send({ id: 3, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.facts.yaml' }, position: { line: 0, character: 0 } } });
  assert.equal((await wire.response(3)).error.code, -32600);
  wire.send({ method: 'exit' });
  assert.equal(await wire.exited, 0);

  const second = new RawWire();
  second.send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  await second.response(1);
  second.send({ method: 'exit' });
  assert.equal(await second.exited, 1);
});
