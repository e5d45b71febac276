import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {pngSize} from '../../../scripts/lib/socialMeta';
import {CARD_HEIGHT, CARD_WIDTH, renderCard} from './card';

const logoSvg = fs.readFileSync(path.resolve(__dirname, '../../../static/img/logo.svg'), 'utf8');
const text = {
  title: 'Elastic Fabric Adapter (EFA)',
  description: 'OS-bypass for MPI and NCCL through Libfabric and SRD: efa and efa-only interfaces, rules and set-up.',
  siteTitle: 'EC2 Network Interfaces',
  location: 'example.org/enhanced-networking',
  logoSvg,
};

describe('renderCard', () => {
  it('renders a 1200x630 PNG from a title and description, with no system fonts', async () => {
    const png = await renderCard(text);
    expect(pngSize(png)).toEqual({width: CARD_WIDTH, height: CARD_HEIGHT});
    expect(CARD_WIDTH / CARD_HEIGHT).toBeCloseTo(1.905, 2);
  });

  it('draws the text: another title gives another image, long text still fits', async () => {
    const a = await renderCard(text);
    const b = await renderCard({...text, title: 'Elastic network interfaces (ENI)'});
    expect(a.equals(b)).toBe(false);
    const long = await renderCard({...text, title: 'x '.repeat(200), description: 'word '.repeat(300)});
    expect(pngSize(long)).toEqual({width: CARD_WIDTH, height: CARD_HEIGHT});
  });
});

describe('pngSize', () => {
  it('rejects bytes that are not a PNG', () => {
    expect(pngSize(new Uint8Array(40))).toBeNull();
    expect(pngSize(Buffer.from('GIF89a'))).toBeNull();
  });
});
