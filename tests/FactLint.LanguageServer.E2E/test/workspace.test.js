'use strict';
// Workspace-level behaviour: files changed outside the editor, factlint.yaml edited through a
// "configure severity" action, fix-all as a source action, references, symbols, entity hovers,
// code lenses.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { Client, P, copyExamples, uriOf, positionOf } = require('../lib/lsp-client');

test('workspace behaviour over stdio', async (t) => {
  const root = copyExamples();
  const client = new Client(root, { initializationOptions: { factlint: { codeLens: true } } });
  t.after(() => client.kill());
  await client.initialize();
  const file = path.join(root, 'events/vahdat-2019.facts.yaml');
  const uri = client.open(file);
  await client.waitForDiagnostics(uri, (ds) => ds.some((d) => d.code === 'FL3001'), 'the conflict');

  await t.test('a fact file created on disk is read, and its conflict shows in the open file', async () => {
    const extra = path.join(root, 'events/zz-extra.facts.yaml');
    fs.writeFileSync(extra, [
      'factlint: 1',
      'claims:',
      '  - subject: vahdat-riot-2019',
      '    property: killed.guards',
      '    value: 7',
      '    sources:',
      '      - source: tsargrad-2019-05',
      '        quote: "7 guards"',
      '',
    ].join('\n'));
    client.conn.sendNotification(P.DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(extra), type: 1 }] });
    await client.waitForDiagnostics(uri, (ds) => ds.some((d) => d.code === 'FL3001' && /killed\.guards/.test(d.message)), 'a killed.guards conflict in the open file');
    fs.unlinkSync(extra);
    client.conn.sendNotification(P.DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(extra), type: 3 }] });
    await client.waitForDiagnostics(uri, (ds) => !ds.some((d) => /killed\.guards/.test(d.message)), 'the conflict to go with the file');
  });

  await t.test('references, workspace symbols and an entity hover', async () => {
    const text = client.texts.get(uri);
    const refs = await client.request(P.ReferencesRequest.type, { textDocument: { uri }, position: positionOf(text, 'source: tsargrad-2019-05', 10), context: { includeDeclaration: true } });
    assert.ok(refs.length >= 3, `${refs.length} references`);
    assert.ok(refs.some((r) => r.uri.endsWith('sources.facts.yaml')), 'the definition is among them');
    const symbols = await client.request(P.WorkspaceSymbolRequest.type, { query: 'khalimov' });
    assert.ok(symbols.some((s) => s.name.startsWith('Gulmurod Khalimov')), symbols.map((s) => s.name).join(', '));
    const hover = await client.request(P.HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'subject: eva-merkacheva', 12) });
    assert.match(hover.contents.value, /\*\*Eva Merkacheva\*\* · person/);
    assert.match(hover.contents.value, /Variants seen .*Mercacheva/);
  });

  await t.test('"Configure severity" edits factlint.yaml, and the rule goes quiet', async () => {
    const text = client.texts.get(uri);
    const at = positionOf(text, "Halimov's son");
    const actions = await client.request(P.CodeActionRequest.type, { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
    const off = actions.find((a) => a.title === "Configure FL4001 as 'off' in factlint.yaml");
    assert.ok(off);
    client.applyWorkspaceEdit(off.edit);
    const config = fs.readFileSync(path.join(root, 'factlint.yaml'), 'utf8');
    assert.match(config, /rules:\n  FL2006: info\n  FL4001: off\n/, 'added under rules, comments and other keys untouched');
    assert.match(config, /^# yaml-language-server/);
    client.conn.sendNotification(P.DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(path.join(root, 'factlint.yaml')), type: 2 }] });
    await client.waitForDiagnostics(uri, (ds) => ds.length > 0 && !ds.some((d) => d.code === 'FL4001'), 'FL4001 off');
  });

  await t.test('source.fixAll.factlint applies the safe fixes of a file', async () => {
    const mirren = client.open(path.join(root, 'events/lake-mirren-2024.facts.yaml'));
    await client.waitForDiagnostics(mirren, (ds) => ds.some((d) => d.code === 'FL4004'), 'FL4004 on the Cyrillic o');
    const none = await client.request(P.CodeActionRequest.type, { textDocument: { uri: mirren }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    assert.ok(!none.some((a) => a.kind === 'source.fixAll.factlint'), 'fix-all is not computed for a plain light bulb');
    const actions = await client.request(P.CodeActionRequest.type, { textDocument: { uri: mirren }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.factlint');
    client.applyWorkspaceEdit(actions[0].edit);
    assert.match(client.texts.get(mirren), /name: Jonas Lind/);
    await client.waitForDiagnostics(mirren, (ds, p) => p.version === 2 && !ds.some((d) => d.code === 'FL4004'), 'FL4004 fixed');
  });

  await t.test('code lenses count sources and conflicts of a claim group', async () => {
    const lenses = await client.request(P.CodeLensRequest.type, { textDocument: { uri } });
    const text = client.texts.get(uri);
    const distance = positionOf(text, '- id: vahdat-prison-distance', 2).line;
    const lens = lenses.find((l) => l.range.start.line === distance);
    assert.ok(lens, JSON.stringify(lenses));
    assert.match(lens.command.title, /^2 sources · conflict: 2 values$/);
  });

  assert.equal(await client.shutdown(), 0);
});
