/**
 * The CloudFront Function in deploy/, evaluated as it is. Against the files a
 * real build writes: tests/built/cloudfront.test.ts.
 */
import {describe, expect, it} from 'vitest';
import {callViewerRequest as call, type Req, type Res} from './lib/cloudfrontFunction';

describe('CloudFront viewer-request function', () => {
  it('serves the home page and extensionless pages from their .html files', () => {
    expect((call('/', '/') as Req).uri).toBe('/index.html');
    expect((call('/', '/docs/efa') as Req).uri).toBe('/docs/efa.html');
    expect((call('/', '/docs/reference/instance-types') as Req).uri).toBe('/docs/reference/instance-types.html');
    expect((call('/', '/search') as Req).uri).toBe('/search.html');
  });

  it('leaves real files alone', () => {
    for (const uri of [
      '/assets/js/main.da92b0ce.js',
      '/assets/css/styles.css',
      '/img/social/docs/efa.png',
      '/sitemap.xml',
      '/search-index.json',
      '/docs/efa.html',
    ]) {
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
});
