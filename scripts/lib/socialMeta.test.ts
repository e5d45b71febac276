import {describe, expect, it} from 'vitest';
import {
  canonicalHref,
  cardPathFor,
  decodeEntities,
  fillPreviewTags,
  metaContent,
  metaCount,
  pageTitle,
  parseAttrs,
  stripSiteSuffix,
  truncateWords,
} from './socialMeta';

const DEFAULT = 'https://e.org/img/social-card.png';
const page = (extra = '') =>
  `<!doctype html><html><head><title data-rh=true>EFA | Site</title>` +
  `<meta data-rh=true name=twitter:card content=summary_large_image />` +
  `<meta data-rh=true property=og:image content=${DEFAULT} />` +
  `<meta data-rh=true name=twitter:image content=${DEFAULT} />` +
  `<meta data-rh=true property=og:url content=https://e.org/docs/efa />` +
  `<meta data-rh=true property=og:title content="EFA | Site"/>` +
  `<meta data-rh=true name=description content="OS-bypass &amp; Libfabric"/>` +
  `<meta data-rh=true property=og:description content="OS-bypass &amp; Libfabric"/>` +
  `<link data-rh=true rel=canonical href=https://e.org/docs/efa />${extra}</head><body><meta name=x content=body></body></html>`;

const fields = {
  title: 'EFA | Site',
  description: 'd',
  image: 'https://e.org/img/social/docs/efa.png',
  imageAlt: 'EFA: Site',
  url: 'https://e.org/docs/efa',
  siteName: 'Site',
};

describe('parsing', () => {
  it('reads quoted and unquoted attributes as the minified build writes them', () => {
    expect(parseAttrs('<meta data-rh=true property=og:url content=https://e.org/ />')).toEqual({
      'data-rh': 'true',
      property: 'og:url',
      content: 'https://e.org/',
    });
    expect(parseAttrs(`<meta name="a" content='b &amp; c'>`)).toEqual({name: 'a', content: 'b & c'});
  });

  it('decodes entities', () => {
    expect(decodeEntities('a &amp; b &#39;c&#x27; &lt;d&gt; &unknown;')).toBe("a & b 'c' <d> &unknown;");
  });

  it('reads meta, title and canonical from the head only', () => {
    const html = page();
    expect(metaContent(html, 'og:title')).toBe('EFA | Site');
    expect(metaContent(html, 'description')).toBe('OS-bypass & Libfabric');
    expect(metaContent(html, 'x')).toBeUndefined();
    expect(pageTitle(html)).toBe('EFA | Site');
    expect(canonicalHref(html)).toBe('https://e.org/docs/efa');
  });
});

describe('fillPreviewTags', () => {
  it('points og:image and twitter:image at the page card and adds the missing tags once', () => {
    const out = fillPreviewTags(page(), fields, DEFAULT);
    expect(metaContent(out, 'og:image')).toBe(fields.image);
    expect(metaContent(out, 'twitter:image')).toBe(fields.image);
    expect(metaCount(out, 'og:image')).toBe(1);
    expect(metaContent(out, 'twitter:title')).toBe('EFA | Site');
    expect(metaContent(out, 'twitter:description')).toBe('OS-bypass & Libfabric');
    expect(metaContent(out, 'og:image:width')).toBe('1200');
    expect(metaContent(out, 'og:image:height')).toBe('630');
    expect(metaCount(out, 'og:url')).toBe(1);
    expect(metaCount(out, 'twitter:card')).toBe(1);
    expect(metaCount(out, 'description')).toBe(1);
    // Idempotent: a second pass changes nothing.
    expect(fillPreviewTags(out, fields, DEFAULT)).toBe(out);
  });

  it('keeps an image the page chose itself', () => {
    const own = page().replaceAll(DEFAULT, 'https://e.org/img/own.png');
    const out = fillPreviewTags(own, fields, DEFAULT);
    expect(metaContent(out, 'og:image')).toBe('https://e.org/img/own.png');
    expect(metaCount(out, 'og:image:width')).toBe(0);
  });

  it('adds description, canonical and images to a bare page, escaping values', () => {
    const bare = '<html><head><title>404</title></head><body></body></html>';
    const out = fillPreviewTags(bare, {...fields, description: 'a "quoted" <b>'}, DEFAULT);
    expect(metaContent(out, 'description')).toBe('a "quoted" <b>');
    expect(out).toContain('content="a &quot;quoted&quot; &lt;b&gt;"');
    expect(metaContent(out, 'og:image')).toBe(fields.image);
    expect(canonicalHref(out)).toBe(fields.url);
  });
});

describe('names and text', () => {
  it('maps built HTML files to card paths', () => {
    expect(cardPathFor('index.html')).toBe('img/social/index.png');
    expect(cardPathFor('docs/efa.html')).toBe('img/social/docs/efa.png');
    expect(cardPathFor('docs/reference/instance-types.html')).toBe('img/social/docs/reference/instance-types.png');
    expect(cardPathFor('docs/x/index.html')).toBe('img/social/docs/x.png');
    expect(cardPathFor('404.html')).toBe('img/social/404.png');
  });

  it('strips the site suffix from titles', () => {
    expect(stripSiteSuffix('EFA | Site', 'Site')).toBe('EFA');
    expect(stripSiteSuffix('Site', 'Site')).toBe('Site');
    expect(stripSiteSuffix('A | B', 'Site')).toBe('A | B');
  });

  it('truncates at a word boundary', () => {
    expect(truncateWords('short', 10)).toBe('short');
    expect(truncateWords('one two three four five', 16)).toBe('one two three…');
    expect(truncateWords('a  b\n c', 10)).toBe('a b c');
  });
});
