import {describe, expect, it} from 'vitest';
import {movedTarget} from './movedAnchors';

describe('movedTarget', () => {
  it('forwards old overview anchors and table state to the pages they moved to', () => {
    expect(movedTarget('/docs/overview', '', '#myth-efa-faster')).toBe('/docs/reference/misconceptions#efa-faster');
    expect(movedTarget('/sub/docs/overview', '?cmp=eni,efa&diff=1', '')).toBe('/sub/docs/compare?cmp=eni,efa&diff=1');
    expect(movedTarget('/docs/overview', '', '#cmp-bandwidth')).toBe('/docs/compare#cmp-bandwidth');
  });
  it('leaves every other link alone', () => {
    expect(movedTarget('/docs/overview', '', '#diagram')).toBeNull();
    expect(movedTarget('/docs/efa', '', '#myth-x')).toBeNull();
  });
});
