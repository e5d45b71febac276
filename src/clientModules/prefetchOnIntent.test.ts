import {describe, expect, it} from 'vitest';
import {withoutViewPrefetch} from './prefetchOnIntent';

describe('prefetch on intent only', () => {
  it('drops the prefetch of links in view and keeps the preload on pointer or touch', () => {
    const calls: string[] = [];
    const real = {prefetch: (p: string) => calls.push(`prefetch ${p}`), preload: (p: string) => calls.push(`preload ${p}`)};
    const site = withoutViewPrefetch(real);
    expect(site.prefetch('/docs/efa')).toBe(false);
    site.preload('/docs/ena');
    expect(calls).toEqual(['preload /docs/ena']);
  });
});
