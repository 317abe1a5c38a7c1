// The transport floor for a Node language server: plain stdio JSON-RPC, answering every didOpen/didChange
// at once with an empty publishDiagnostics, no analysis and no framework. bench/peers.sh times it with the
// same harness and edits as the Node Dockerfile server.   node bench/floor/null-lsp.js
'use strict';
let buf = Buffer.alloc(0);
function send(o) {
  const body = Buffer.from(JSON.stringify(o), 'utf8');
  process.stdout.write('Content-Length: ' + body.length + '\r\n\r\n');
  process.stdout.write(body);
}
process.stdin.on('data', chunk => {
  buf = Buffer.concat([buf, chunk]);
  for (;;) {
    const end = buf.indexOf('\r\n\r\n');
    if (end < 0) return;
    const len = Number(/content-length:\s*(\d+)/i.exec(buf.subarray(0, end).toString('ascii'))[1]);
    if (buf.length < end + 4 + len) return;
    const m = JSON.parse(buf.subarray(end + 4, end + 4 + len).toString('utf8'));
    buf = buf.subarray(end + 4 + len);
    if (m.method === 'exit') process.exit(0);
    if (m.id !== undefined && m.method) {
      send({ jsonrpc: '2.0', id: m.id, result: m.method === 'initialize' ? { capabilities: { textDocumentSync: 2 } } : null });
    }
    if (m.method === 'textDocument/didOpen' || m.method === 'textDocument/didChange') {
      const td = m.params.textDocument;
      send({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: td.uri, version: td.version, diagnostics: [] } });
    }
  }
});
