/**
 * The explorer is one GET form whose field names are its URL parameters, so
 * every filter works before the explorer's code has loaded (and with
 * JavaScript off). The components need the Docusaurus build to render, so
 * check their source: each filter key must be the `name` of a form field.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {FILTER_KEYS} from '../../src/lib/instanceFilter';

const DIR = path.resolve(__dirname, '../../src/components/InstanceExplorer');
const source = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.tsx'))
  .map((f) => fs.readFileSync(path.join(DIR, f), 'utf8'))
  .join('\n');

describe('explorer filters as GET form fields', () => {
  it.each([...FILTER_KEYS])('?%s= has a form field of that name', (key) => {
    // name="key" on a field or a field component, or a checkbox row ['key', 'Label'] rendered with name={key}.
    const field = source.includes(`name="${key}"`) || (source.includes(`['${key}', '`) && source.includes('name={key}'));
    expect(field).toBe(true);
  });

  it('includes the connection-tracking and ENA-queue filters', () => {
    expect(FILTER_KEYS).toEqual(expect.arrayContaining(['tcpIdle', 'minEnaQ']));
  });
});
