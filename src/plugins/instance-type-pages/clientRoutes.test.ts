import {describe, expect, it} from 'vitest';
import {clientRoutes} from './clientRoutes';

const route = (path: string, hash: string, exact = true) =>
  `\n  {\n    path: '${path}',\n    component: ComponentCreator('${path}', '${hash}'),\n    exact: ${exact}\n  },`;
const routesJs = (types: string[]) =>
  `import React from 'react';\nimport ComponentCreator from '@docusaurus/ComponentCreator';\n\nexport default [` +
  types.map((t, i) => route(`/b/docs/types/${t}`, `h${i}`)).join('') +
  route('/b/search', 'abc') +
  `\n  {\n    path: '/b/docs',\n    component: ComponentCreator('/b/docs', '01d'),\n    routes: []\n  }\n];\n`;
const chunk = {__comp: '92b58d2d', __context: {plugin: 'e51eea9e'}};
const chunkNames = (types: string[]) => ({
  ...Object.fromEntries(types.map((t, i) => [`/b/docs/types/${t}-h${i}`, chunk])),
  '/b/search-abc': {__comp: 'x'},
});

describe('clientRoutes', () => {
  const types = ['a1.large', 'p5.48xlarge', 'm5.large'];

  it('replaces every per-type route with one parameter route in the same place', () => {
    const out = clientRoutes(routesJs(types), chunkNames(types), '/b/docs/types/', 3);
    expect(out.routesJs).not.toContain('p5.48xlarge');
    expect(out.routesJs.match(/path: /g)).toHaveLength(3);
    expect(out.routesJs.indexOf("'/b/docs/types/:type'")).toBeLessThan(out.routesJs.indexOf("'/b/search'"));
    expect(out.routesJs).toContain("component: ComponentCreator('/b/docs/types/:type', 'types')");
    expect(out.chunkNames).toEqual({'/b/search-abc': {__comp: 'x'}, '/b/docs/types/:type-types': chunk});
  });

  it('fails the build when the generated files do not have the expected routes', () => {
    expect(() => clientRoutes(routesJs(types), chunkNames(types), '/b/docs/types/', 4)).toThrow(/expected 4 per-type routes.*found 3/);
    expect(() => clientRoutes(routesJs(types).replace(/exact: true/g, 'exact: false'), chunkNames(types), '/b/docs/types/', 3)).toThrow(/found 0 in routes.js/);
  });

  it('refuses type routes that load different chunks', () => {
    const names = {...chunkNames(types), '/b/docs/types/m5.large-h2': {__comp: 'other'}};
    expect(() => clientRoutes(routesJs(types), names, '/b/docs/types/', 3)).toThrow(/2 different chunk sets/);
  });
});
