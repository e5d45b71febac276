/**
 * The browser's route table without the 1,373 per-type routes.
 *
 * Docusaurus puts every route in the main bundle (`@generated/routes` and
 * `@generated/routesChunkNames`), so one route per instance type added about
 * 24 KB gzip of paths to every page. The server build keeps them all (each
 * type page is still rendered to its own HTML file); the browser build gets
 * these two files instead, where one route, `<prefix>:type`, stands for every
 * type page. All type routes share one component and one chunk, so the page
 * and its hydration are the same; an unknown type renders the 404 page, as the
 * server does.
 */

/** The hash part of the one client route's chunk-name key (`<path>-<hash>`). */
const HASH = 'types';

export type ClientRoutes = {routesJs: string; chunkNames: Record<string, unknown>; paramPath: string};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replace the per-type routes in Docusaurus' generated `routes.js` text and
 * `routesChunkNames.json` object with one parameter route. Throws unless it
 * finds exactly `expected` type routes in both, all sharing one chunk, so a
 * change in Docusaurus' generated code fails the build instead of the site.
 */
export function clientRoutes(routesJs: string, chunkNames: Record<string, unknown>, prefix: string, expected: number): ClientRoutes {
  const paramPath = `${prefix}:type`;
  const p = escape(prefix);
  const block = new RegExp(
    `\\n  \\{\\n    path: '${p}[^'/:]+',\\n    component: ComponentCreator\\('${p}[^'/:]+', '[^']+'\\),\\n    exact: true\\n  \\},`,
    'g',
  );
  const found = routesJs.match(block)?.length ?? 0;
  const keys = Object.keys(chunkNames).filter((k) => k.startsWith(prefix) && !k.includes(':'));
  if (found !== expected || keys.length !== expected) {
    throw new Error(
      `instance-type-pages: expected ${expected} per-type routes in the generated route files, found ${found} in routes.js and ${keys.length} in routesChunkNames.json; has Docusaurus changed its generated code?`,
    );
  }
  const shared = new Set(keys.map((k) => JSON.stringify(chunkNames[k])));
  if (shared.size !== 1) throw new Error(`instance-type-pages: the per-type routes load ${shared.size} different chunk sets, expected 1`);

  let first = true;
  const replaced = routesJs.replace(block, () => {
    if (!first) return '';
    first = false;
    return `\n  {\n    path: '${paramPath}',\n    component: ComponentCreator('${paramPath}', '${HASH}'),\n    exact: true\n  },`;
  });
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(chunkNames)) if (!keys.includes(k)) out[k] = v;
  out[`${paramPath}-${HASH}`] = chunkNames[keys[0]!];
  return {routesJs: replaced, chunkNames: out, paramPath};
}
