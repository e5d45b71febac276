#!/usr/bin/env node
/**
 * A small static server for the production build, used by the e2e tests and
 * the bench. It behaves like a typical static host: gzip for text assets,
 * `/docs/x` served from `docs/x.html` (or `docs/x/index.html`), the site's
 * 404 page with status 404, and the site mounted under BASE_URL.
 *
 *   node scripts/serve.mjs [--dir build] [--port 4173] [--base /]
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {parseArgs} from 'node:util';

const {values} = parseArgs({
  options: {
    dir: {type: 'string', default: 'build'},
    port: {type: 'string', default: process.env.PORT ?? '4173'},
    base: {type: 'string', default: process.env.BASE_URL ?? '/'},
    quiet: {type: 'boolean', default: false},
  },
});

const root = path.resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const port = Number(values.port);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.svg', '.txt', '.csv', '.webmanifest']);

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: no build found in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

function resolveFile(urlPath) {
  const rel = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const candidate = path.resolve(root, rel);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  const options = [candidate, `${candidate}.html`, path.join(candidate, 'index.html')];
  for (const file of options) {
    try {
      if (fs.statSync(file).isFile()) return file;
    } catch {
      /* try the next form */
    }
  }
  return null;
}

/** Gzip bodies by file path. */
const gzipped = new Map();

function send(req, res, status, file) {
  const ext = path.extname(file);
  const body = fs.readFileSync(file);
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': ext === '.html' ? 'no-cache' : 'public, max-age=3600',
  };
  const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (acceptsGzip && COMPRESSIBLE.has(ext)) {
    // The build does not change while it is served: compress each file once
    // (level 9 on the 475 KB main bundle costs tens of ms per request).
    const gz = gzipped.get(file) ?? zlib.gzipSync(body, {level: 9});
    gzipped.set(file, gz);
    res.writeHead(status, {...headers, 'Content-Encoding': 'gzip', 'Content-Length': gz.length, Vary: 'Accept-Encoding'});
    res.end(req.method === 'HEAD' ? undefined : gz);
  } else {
    res.writeHead(status, {...headers, 'Content-Length': body.length});
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}

const server = http.createServer((req, res) => {
  let pathname;
  try {
    pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  if (!pathname.startsWith(base) && `${pathname}/` !== base) {
    res.writeHead(404, {'Content-Type': 'text/plain'}).end(`Not found: the site lives under ${base}`);
    return;
  }
  const inner = pathname === base.slice(0, -1) ? '/' : pathname.slice(base.length - 1);
  let file = null;
  try {
    file = resolveFile(inner);
  } catch {
    file = null;
  }
  if (file) {
    send(req, res, 200, file);
  } else {
    send(req, res, 404, path.join(root, '404.html'));
  }
});

server.listen(port, '127.0.0.1', () => {
  if (!values.quiet) console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
