import {describe, expect, it} from 'vitest';
import {idleQueue, routeKey} from './idlePrefetch';

/** A queue whose prefetches and idle callbacks are recorded instead of run. */
function queue() {
  const ran: string[] = [];
  const scheduled: ((d: IdleDeadline) => void)[] = [];
  const prefetch = idleQueue(
    (p) => ran.push(p),
    (w) => scheduled.push(w),
  );
  return {ran, scheduled, prefetch};
}

describe('idle prefetch queue', () => {
  it('prefetches nothing until idle, then each route once, the per-type pages once in all', () => {
    const {ran, scheduled, prefetch} = queue();
    for (const p of ['/docs/efa', '/docs/types/p5.48xlarge', '/docs/efa', '/docs/types/m5.large', '/docs/ena']) expect(prefetch(p)).toBe(true);
    expect(ran).toEqual([]);
    expect(scheduled).toHaveLength(1);
    // An idle period with time to spare runs the queue (a few milliseconds at most per period).
    scheduled.shift()!({didTimeout: false, timeRemaining: () => 50});
    while (scheduled.length) scheduled.shift()!({didTimeout: false, timeRemaining: () => 50});
    expect(ran).toEqual(['/docs/efa', '/docs/types/p5.48xlarge', '/docs/ena']);
  });

  it('runs one route per idle period when the period is short, and schedules the rest', () => {
    const {ran, scheduled, prefetch} = queue();
    prefetch('/docs/a');
    prefetch('/docs/b');
    scheduled.shift()!({didTimeout: false, timeRemaining: () => 1});
    expect(ran).toEqual(['/docs/a']);
    expect(scheduled).toHaveLength(1);
  });

  it('keys the per-type pages by their shared route, others by path without query or hash', () => {
    expect(routeKey('/enhanced-networking/docs/types/p5.48xlarge')).toBe('/enhanced-networking/docs/types/*');
    expect(routeKey('/docs/efa#setup')).toBe('/docs/efa');
    expect(routeKey('/docs/tools/efa-layout?type=p5.48xlarge')).toBe('/docs/tools/efa-layout');
  });
});
