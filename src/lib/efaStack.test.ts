import {describe, expect, it} from 'vitest';
import {docAnchors} from '../../tests/unit/docLinks';
import {ALL_ITEMS, ENA_SIDE, STACK_ROWS, hasEnaSide, itemById} from './efaStack';

const glossaryIds = docAnchors().get('/docs/reference/glossary') ?? new Set<string>();

describe('EFA software stack data', () => {
  it('links every layer to an existing glossary ID and a https source', () => {
    for (const item of ALL_ITEMS) {
      expect(glossaryIds.has(item.glossary), `${item.id} -> #${item.glossary}`).toBe(true);
      expect(item.source).toMatch(/^https:\/\//);
      expect(item.what.length).toBeGreaterThan(30);
    }
  });

  it('has unique ids and the layers of the issue, top to bottom', () => {
    const ids = ALL_ITEMS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(STACK_ROWS.map((r) => r.items.map((i) => i.id).join('+'))).toEqual(['apps', 'mpi+nccl+other', 'libfabric', 'rdma-core', 'efa-driver', 'efa-device']);
    expect(itemById('nccl')!.name).toContain('aws-ofi-nccl');
    expect(ENA_SIDE.map((i) => i.id)).toEqual(['tcpip', 'ena-device']);
  });

  it('has the ENA side only on efa interfaces', () => {
    expect(hasEnaSide('efa')).toBe(true);
    expect(hasEnaSide('efa-only')).toBe(false);
  });
});
