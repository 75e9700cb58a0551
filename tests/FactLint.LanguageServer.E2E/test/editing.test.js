'use strict';
// The writer's loop, end to end over stdio: diagnostics appear, a quick fix removes one, hover
// explains a conflict, definition and rename follow ids across files, completion offers ids.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { Client, P, copyExamples, uriOf, positionOf } = require('../lib/lsp-client');

test('FactLint language server, driven by vscode-languageserver-protocol', async (t) => {
  const root = copyExamples();
  const client = new Client(root);
  t.after(() => client.kill());
  const init = await client.initialize();
  assert.equal(init.serverInfo.name, 'FactLint');
  assert.equal(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
  assert.equal(init.capabilities.positionEncoding, 'utf-16');

  const file = path.join(root, 'events/vahdat-2019.facts.yaml');
  const uri = client.open(file);
  const text = fs.readFileSync(file, 'utf8');

  await t.test('publishes per-file and cross-file findings with related places and rule links', async () => {
    const diags = await client.waitForDiagnostics(uri, (ds) => ds.some((d) => d.code === 'FL3001') && ds.some((d) => d.code === 'FL4001'), 'FL3001 and FL4001 on vahdat-2019');
    const conflict = diags.find((d) => d.code === 'FL3001');
    assert.deepEqual(conflict.range.start, positionOf(text, 'value: 10', 7));
    assert.equal(conflict.severity, 2);
    assert.match(conflict.message, /10 km .* vs 24 km/);
    assert.match(conflict.codeDescription.href, /docs\/rules\/FL3001\.md$/);
    assert.ok(conflict.relatedInformation.some((r) => r.location.uri.endsWith('events/vahdat-2025.facts.yaml')), 'related: the other claim, in another file');
    // The progress of the background indexing was reported and ended.
    assert.ok(client.progress.some((p) => p.value.kind === 'begin'));
    await client.waitFor('indexing progress to end', () => client.progress.some((p) => p.value.kind === 'end'));
  });

  await t.test('a quick fix from the light bulb removes its finding', async () => {
    const halimov = positionOf(text, "Halimov's son");
    const actions = await client.request(P.CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: halimov, end: halimov },
      context: { diagnostics: [] },
    });
    const fix = actions.find((a) => a.title === "Write 'Khalimov'");
    assert.ok(fix, `quick fix offered; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.edit.documentChanges[0].textDocument.version, 1, 'the edit names the version it was made for');
    assert.ok(actions.some((a) => a.title === 'Suppress FL4001 on this line'));
    assert.ok(actions.some((a) => a.title === "Configure FL4001 as 'off' in factlint.yaml"));
    client.applyWorkspaceEdit(fix.edit);
    assert.match(client.texts.get(uri), /Khalimov's son/);
    await client.waitForDiagnostics(uri, (ds, p) => p.version === 2 && !ds.some((d) => d.code === 'FL4001' && d.message.includes("'Halimov'")), 'the Halimov finding to go');
  });

  await t.test('an unsafe fix in another file is annotated for review, never applied unseen', async () => {
    const current = client.texts.get(uri);
    const pos = positionOf(current, 'Eva Mercacheva', 4);
    // After the last edit the corpus findings are carried over without fixes until the next
    // corpus pass: ask again until that pass has run.
    let actions = [];
    let alias;
    for (const deadline = Date.now() + 20000; !alias && Date.now() < deadline;) {
      actions = await client.request(P.CodeActionRequest.type, { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: [] } });
      alias = actions.find((a) => a.title.startsWith("Add 'Eva Mercacheva' to the aliases"));
      if (!alias) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(alias, `alias fix offered; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(alias.title, /\(review the change\)$/);
    assert.notEqual(alias.isPreferred, true);
    const annotations = alias.edit.changeAnnotations;
    assert.ok(annotations, 'the edit carries change annotations');
    const ids = Object.keys(annotations);
    assert.equal(ids.length, 1);
    assert.equal(annotations[ids[0]].needsConfirmation, true);
    const edits = alias.edit.documentChanges.flatMap((c) => c.edits);
    assert.ok(edits.length > 0 && edits.every((e) => e.annotationId === ids[0]), 'every edit belongs to the annotation');
    assert.ok(alias.edit.documentChanges.some((c) => c.textDocument.uri.endsWith('people.facts.yaml')), 'the alias goes to the entity\'s file');
  });

  await t.test('an action computed for an older version is refused', async () => {
    const pos = positionOf(client.texts.get(uri), 'Eva Mercacheva', 4);
    const actions = await client.request(P.CodeActionRequest.type, { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: [] } });
    const suppress = actions.find((a) => a.title === 'Suppress FL4001 on this line');
    assert.ok(suppress);
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# edited\n' }]);
    assert.throws(() => client.applyWorkspaceEdit(suppress.edit), /stale edit/);
  });

  await t.test('hover on a claim shows its group as a table and states the conflict', async () => {
    const current = client.texts.get(uri);
    const hover = await client.request(P.HoverRequest.type, { textDocument: { uri }, position: positionOf(current, 'value: 10', 7) });
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /\| *\| Value \| Source \| Date \| Rank \|/);
    assert.match(hover.contents.value, /10 km/);
    assert.match(hover.contents.value, /24 km/);
    assert.match(hover.contents.value, /\*\*Conflict:\*\*/);
  });

  await t.test('go to definition crosses files', async () => {
    const current = client.texts.get(uri);
    const locations = await client.request(P.DefinitionRequest.type, { textDocument: { uri }, position: positionOf(current, 'subject: vahdat-prison', 12) });
    assert.equal(locations.length, 1);
    assert.equal(locations[0].uri, uriOf(path.join(root, 'people.facts.yaml')));
    const people = fs.readFileSync(path.join(root, 'people.facts.yaml'), 'utf8');
    assert.deepEqual(locations[0].range.start, positionOf(people, 'id: vahdat-prison', 4));
  });

  await t.test('rename changes every occurrence in every file, and refuses what is not an id', async () => {
    const current = client.texts.get(uri);
    const at = positionOf(current, 'subject: vahdat-riot-2019', 12);
    const prepared = await client.request(P.PrepareRenameRequest.type, { textDocument: { uri }, position: at });
    assert.equal(prepared.placeholder, 'vahdat-riot-2019');
    await assert.rejects(client.request(P.PrepareRenameRequest.type, { textDocument: { uri }, position: positionOf(current, 'quote:', 2) }), /Only an id can be renamed/);
    await assert.rejects(client.request(P.RenameRequest.type, { textDocument: { uri }, position: at, newName: 'Vahdat Riot' }), /not a valid id/);
    const edit = await client.request(P.RenameRequest.type, { textDocument: { uri }, position: at, newName: 'vahdat-riot-may-2019' });
    const files = edit.documentChanges.map((c) => path.relative(root, new URL(c.textDocument.uri).pathname)).sort();
    const count = edit.documentChanges.reduce((n, c) => n + c.edits.length, 0);
    const expected = (fs.readFileSync(file, 'utf8').match(/vahdat-riot-2019/g) || []).length;
    assert.ok(files.includes('events/vahdat-2019.facts.yaml'));
    assert.ok(count >= expected, `${count} edits for ${expected} occurrences in this file alone`);
    client.applyWorkspaceEdit(edit);
    // Nothing is left unresolved: no unknown-reference finding appears anywhere after the rename.
    await client.waitForDiagnostics(uri, (ds, p) => p.version === client.versions.get(uri) && !ds.some((d) => d.code === 'FL1004'), 'no FL1004 after rename');
  });

  await t.test('completion offers ids where an id is expected, and enum values', async () => {
    const line = client.texts.get(uri).split('\n').length - 1;
    client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '      - source: ' }]);
    const list = await client.request(P.CompletionRequest.type, { textDocument: { uri }, position: { line, character: 16 } });
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('tsargrad-2019-05'), `source ids offered; got ${labels.slice(0, 10).join(', ')}`);
    assert.ok(!labels.includes('vahdat-prison'), 'entities are not offered for source:');
    client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 16 } }, text: '    rank: ' }]);
    const ranks = await client.request(P.CompletionRequest.type, { textDocument: { uri }, position: { line, character: 10 } });
    assert.deepEqual(ranks.items.map((i) => i.label), ['preferred', 'normal', 'deprecated']);
  });

  await t.test('document symbols outline the file', async () => {
    const symbols = await client.request(P.DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['entities', 'claims']);
    assert.ok(symbols[1].children.some((c) => c.name === 'vahdat-prison-distance'));
  });

  await t.test('shutdown and exit end the process with code 0', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
