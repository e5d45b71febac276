import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {PRISM_CLIENT_MODULE} from './prismOnDemand';

describe('prismOnDemand', () => {
  const themeClassic = path.dirname(require.resolve('@docusaurus/theme-classic/package.json'));

  it('matches the client module theme-classic registers, as Docusaurus lists it', () => {
    const clientModule = path.join(themeClassic, 'lib/prism-include-languages');
    // An upgrade that moves the module would leave Prism on every page again.
    expect(fs.existsSync(`${clientModule}.js`), `${clientModule}.js exists`).toBe(true);
    expect(PRISM_CLIENT_MODULE.test(clientModule)).toBe(true);
    expect(PRISM_CLIENT_MODULE.test(`${clientModule}.js`)).toBe(true);
  });

  it('leaves the swizzlable language loader alone: the highlighter chunk uses it', () => {
    expect(PRISM_CLIENT_MODULE.test(path.join(themeClassic, 'lib/theme/prism-include-languages.js'))).toBe(false);
  });
});
