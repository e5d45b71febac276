import {describe, it, expect} from 'vitest';
import {readDocs, headings} from './docs';

const docs = readDocs();

describe('documentation pages', () => {
  it('exist', () => {
    expect(docs.length).toBeGreaterThanOrEqual(8);
  });

  for (const doc of docs) {
    describe(doc.file, () => {
      it('is MDX with a title, a description and a sidebar position', () => {
        expect(doc.file).toMatch(/\.mdx$/);
        expect(typeof doc.frontMatter.title).toBe('string');
        expect(String(doc.frontMatter.title).length).toBeGreaterThan(2);
        expect(typeof doc.frontMatter.description).toBe('string');
        expect(String(doc.frontMatter.description).length).toBeGreaterThan(30);
        expect(typeof doc.frontMatter.sidebar_position).toBe('number');
      });

      it('gives every heading an explicit, unique ID', () => {
        const hs = headings(doc.body).filter((h) => h.level >= 2);
        const ids = hs.map((h) => {
          expect(h.id, `line ${h.line}: "${h.text}" needs an explicit {#id}`).not.toBeNull();
          return h.id!;
        });
        expect(new Set(ids).size, 'heading IDs must be unique').toBe(ids.length);
      });

      it('ends with a Sources section that links to https sources', () => {
        const hs = headings(doc.body).filter((h) => h.level === 2);
        const last = hs[hs.length - 1];
        expect(last?.text, 'the last section must be "Sources {#sources}"').toBe('Sources {#sources}');
        const tail = doc.body.slice(doc.body.lastIndexOf('## Sources {#sources}'));
        expect(tail).toMatch(/\]\(https:\/\/[^)\s]+\)/);
      });

      it('does not use the misspellings the source notes had', () => {
        expect(doc.body).not.toMatch(/Adaptor|Elastics Network|funtionality|package per second/i);
      });
    });
  }
});
