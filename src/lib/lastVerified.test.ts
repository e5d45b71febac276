import {describe, expect, it} from 'vitest';
import yaml from 'js-yaml';
import {lastVerifiedDate} from './lastVerified';

describe('lastVerifiedDate', () => {
  it('accepts the date as YAML parses it, unquoted (Date) or quoted (string)', () => {
    const unquoted = (yaml.load('last_verified: 2026-12-02') as {last_verified: unknown}).last_verified;
    expect(unquoted).toBeInstanceOf(Date);
    expect(lastVerifiedDate(unquoted)).toBe('2026-12-02');
    expect(lastVerifiedDate('2026-12-02')).toBe('2026-12-02');
  });

  it('rejects what is not a calendar date', () => {
    for (const v of ['2026-02-30', '2026-12-2', 'yesterday', '', 20261202, null, undefined, new Date('nope')]) {
      expect(lastVerifiedDate(v), String(v)).toBeNull();
    }
  });
});
