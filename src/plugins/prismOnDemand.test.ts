import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {PRISM_CLIENT_MODULE} from './prismOnDemand';

describe('prismOnDemand', () => {
  const themeClassic = path.dirname(require.resolve('@docusaurus/theme-classic/package.json'));

  it('aliases the client module theme-classic registers, which must exist', () => {
    // An upgrade that moves the module would leave Prism on every page again.
    expect(fs.existsSync(`${PRISM_CLIENT_MODULE}.js`), `${PRISM_CLIENT_MODULE}.js exists`).toBe(true);
    // theme-classic lists it as './prism-include-languages', resolved against its lib/.
    expect(fs.readFileSync(path.join(themeClassic, 'lib/index.js'), 'utf8')).toContain("'./prism-include-languages'");
    expect(PRISM_CLIENT_MODULE).toBe(path.join(themeClassic, 'lib/prism-include-languages'));
  });

  it('leaves the swizzlable language loader alone: the highlighter chunk uses it', () => {
    expect(path.join(themeClassic, 'lib/theme/prism-include-languages').startsWith(`${PRISM_CLIENT_MODULE}/`)).toBe(false);
  });
});
