/**
 * The CloudFront Function in deploy/ runs in CloudFront's own JS runtime, as a
 * bare `handler` function. Here it is evaluated as it is and checked against
 * the files a real build writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

type Qs = Record<string, {value: string; multiValue?: {value: string}[]}>;
type Req = {method: string; uri: string; querystring: Qs; headers: Record<string, unknown>};
type Res = {statusCode: number; headers: {location: {value: string}}};

const source = fs.readFileSync(path.resolve(__dirname, '../deploy/cloudfront-viewer-request.js'), 'utf8');

function handlerFor(base: string): (e: {request: Req}) => Req | Res {
  const code = source.replace("var BASE = '/';", `var BASE = '${base}';`);
  return new Function(`${code}\nreturn handler;`)() as (e: {request: Req}) => Req | Res;
}

const call = (base: string, uri: string, querystring: Qs = {}) =>
  handlerFor(base)({request: {method: 'GET', uri, querystring, headers: {}}});

describe('CloudFront viewer-request function', () => {
  it('serves the home page and extensionless pages from their .html files', () => {
    expect((call('/', '/') as Req).uri).toBe('/index.html');
    expect((call('/', '/docs/efa') as Req).uri).toBe('/docs/efa.html');
    expect((call('/', '/docs/reference/instance-types') as Req).uri).toBe('/docs/reference/instance-types.html');
    expect((call('/', '/search') as Req).uri).toBe('/search.html');
  });

  it('leaves real files alone', () => {
    for (const uri of ['/assets/js/main.da92b0ce.js', '/assets/css/styles.css', '/img/social/docs/efa.png', '/sitemap.xml', '/search-index.json', '/docs/efa.html']) {
      expect((call('/', uri) as Req).uri).toBe(uri);
    }
  });

  it('redirects a trailing slash to the canonical URL and keeps the query', () => {
    const r = call('/', '/docs/efa/', {diff: {value: '1'}, t: {value: 'a', multiValue: [{value: 'a'}, {value: 'b'}]}}) as Res;
    expect(r.statusCode).toBe(301);
    expect(r.headers.location.value).toBe('/docs/efa?diff=1&t=a&t=b');
  });

  it('works under a sub-path', () => {
    const base = '/enhanced-networking/';
    expect((call(base, base) as Req).uri).toBe('/enhanced-networking/index.html');
    expect((call(base, '/enhanced-networking/docs/eni') as Req).uri).toBe('/enhanced-networking/docs/eni.html');
    expect((call(base, '/enhanced-networking') as Res).headers.location.value).toBe('/enhanced-networking/');
  });

  it('maps every page of a real build to a file that exists (when a build is present)', () => {
    const build = path.resolve(__dirname, '../build');
    const sitemap = path.join(build, 'sitemap.xml');
    if (!fs.existsSync(sitemap)) return;
    const locs = [...fs.readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => new URL(loc).pathname);
    for (const p of locs) {
      const r = call('/', p) as Req;
      expect(fs.existsSync(path.join(build, r.uri)), `${p} -> ${r.uri}`).toBe(true);
    }
  });
});
