import {afterEach, describe, expect, it, vi} from 'vitest';
import {hydrating} from './hydrating';

const withDocument = (hydrated: string | null) =>
  vi.stubGlobal('document', {documentElement: {getAttribute: (name: string) => (name === 'data-has-hydrated' ? hydrated : null)}});

describe('hydrating', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });
  it('is false on the server (no document)', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(hydrating()).toBe(false);
  });
  it('is true in a production build until Docusaurus marks the page hydrated', () => {
    vi.stubEnv('NODE_ENV', 'production');
    withDocument(null);
    expect(hydrating()).toBe(true);
    withDocument('true');
    expect(hydrating()).toBe(false);
  });
  it('is false on `npm start` (development renders from scratch)', () => {
    vi.stubEnv('NODE_ENV', 'development');
    withDocument(null);
    expect(hydrating()).toBe(false);
  });
});
