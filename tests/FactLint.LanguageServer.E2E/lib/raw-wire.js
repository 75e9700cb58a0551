// Talks to the server byte by byte, to send what no well-behaved client library would:
// broken headers, bodies that are not JSON, messages out of order.
'use strict';
const cp = require('node:child_process');
const { serverCommand } = require('./lsp-client');

class RawWire {
  constructor() {
    const { command, args } = serverCommand();
    this.proc = cp.spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.buffer = Buffer.alloc(0);
    this.messages = [];
    this.waiters = [];
    this.stderr = '';
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
    this.proc.stderr.on('data', (d) => { this.stderr += d; });
    this.proc.stdout.on('data', (d) => { this.buffer = Buffer.concat([this.buffer, d]); this.parse(); });
  }

  parse() {
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const header = this.buffer.subarray(0, end).toString('ascii');
      const m = /Content-Length: (\d+)/i.exec(header);
      if (!m) throw new Error(`server wrote a bad header: ${header}`);
      const length = Number(m[1]);
      if (this.buffer.length < end + 4 + length) return;
      const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.messages.push(JSON.parse(body));
      this.waiters = this.waiters.filter((w) => { const hit = this.messages.find(w.predicate); if (hit) { clearTimeout(w.timer); w.resolve(hit); } return !hit; });
    }
  }

  writeRaw(bytes) { this.proc.stdin.write(bytes); }

  send(message) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  waitFor(description, predicate, timeoutMs = 20000) {
    const hit = this.messages.find(predicate);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${description}; stderr:\n${this.stderr}`)), timeoutMs);
      this.waiters.push({ predicate, resolve, timer });
    });
  }

  response(id) { return this.waitFor(`response ${id}`, (m) => m.id === id && ('result' in m || 'error' in m)); }
}

module.exports = { RawWire };
