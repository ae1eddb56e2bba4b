/**
 * The baseline: plain node:http answering fixed JSON documents, no framework, no database.
 * Each document is given as `path=file` (the bytes the app answered for that scenario), so
 * the baseline ships exactly as many bytes as the app does.
 *
 *   node bench/raw-server.mjs <port> /facility=/tmp/facility.json [/list=/tmp/list.json ...]
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port, ...docs] = process.argv.slice(2);
const bodies = new Map(
  docs.map((arg) => {
    const [path, file] = arg.split('=');
    return [path, readFileSync(file)];
  }),
);

const server = createServer((req, res) => {
  const body = bodies.get(req.url.split('?')[0]);
  if (!body) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  res.end(body);
});
server.keepAliveTimeout = 72_000;
server.listen(Number(port), '127.0.0.1', () => console.log(`raw listening on ${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
