import {describe, it, expect} from 'vitest';
import {readDocs, headings} from './docs';

const docs = readDocs();

/**
 * Pages are a reference, not someone's cleaned-up notes: the reader has never
 * seen any notes, so "study notes", "seen in notes", "third-party notes" and
 * the like must not frame the text (issue 13). "Release notes" and a "Notes"
 * table column are fine.
 */
const NOTES_FRAMING =
  /\bstudy (notes?|material)\b|\b(source|third-party|original|real|our|my|exam|course|class|lecture|cleaned-up) notes\b|\bnotes (often|sometimes|usually|repeat|say|said|had|present|explain)\b|\b(seen |found )?(in|from) (the |real |our |my |your )?notes\b/i;

/** Text in which line breaks inside paragraphs do not hide a phrase. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

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

      it('is written as a reference, with no study-notes framing', () => {
        expect(flat(doc.body)).not.toMatch(NOTES_FRAMING);
      });

      it('does not use the misspellings the source notes had', () => {
        expect(doc.body).not.toMatch(/Adaptor|Elastics Network|funtionality|package per second/i);
      });
    });
  }
});

describe('the study-notes check', () => {
  it('catches the framing that shipped once', () => {
    for (const text of [
      'Study notes often present this as a step everyone has to do.',
      'Study notes repeat a rule of thumb: "if you are near 20,000 packets per second".',
      'These come from real study notes.',
      'the "-or" spelling seen in notes is a typo',
      'A fifth use case appears in third-party notes: software licensed to a MAC address.',
      'the common misconceptions found in study material.',
      'Notes often explain "network card" as the Wi-Fi card of a laptop.',
    ]) {
      expect(text).toMatch(NOTES_FRAMING);
    }
  });

  it('leaves release notes and a Notes column alone', () => {
    for (const text of ['[EFA release notes](https://example.com)', '| Attribute | What it is | Notes |', 'Notes on reading the data:']) {
      expect(text).not.toMatch(NOTES_FRAMING);
    }
  });
});
