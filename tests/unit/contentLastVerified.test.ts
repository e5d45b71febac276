/**
 * Every docs page says when its facts were last checked against the sources
 * (`last_verified` front matter, shown under the title by
 * src/theme/DocItem/Content). The date must be a real date, not in the
 * future, and no older than the instance-data import: a page checked before
 * the data it quotes was imported cannot have been checked against it.
 */
import {describe, it, expect} from 'vitest';
import {readDocs} from './docs';
import {lastVerifiedDate} from '../../src/lib/lastVerified';
import {instanceDataProvenance} from '../../src/data/instanceCounts';

const importDate = instanceDataProvenance.importDate;
const today = new Date().toISOString().slice(0, 10);

describe('last verified dates', () => {
  it('the data import date is a real date', () => {
    expect(lastVerifiedDate(importDate), importDate).not.toBeNull();
  });

  for (const doc of readDocs()) {
    it(`${doc.file} has last_verified, not older than the data import (${importDate})`, () => {
      const date = lastVerifiedDate(doc.frontMatter.last_verified);
      expect(date, 'front matter last_verified: YYYY-MM-DD').not.toBeNull();
      expect(date! >= importDate, `${date} is older than the data import ${importDate}`).toBe(true);
      expect(date! <= today, `${date} is in the future`).toBe(true);
    });
  }
});
