/**
 * Local Docusaurus plugin: one page per instance type in the data,
 * /docs/types/<type>, rendered by src/components/InstanceTypePage.
 *
 * - One `addRoute` per type and no per-route data modules: every route uses
 *   the same component, which reads its type from the path, so 1,373 pages
 *   add no webpack chunks. The server build renders each of them to its own
 *   HTML file; the browser build gets one route, `/docs/types/:type`, in their
 *   place (see clientRoutes.ts), so they add nothing to every page's bundle.
 * - The sitemap lists them like any other route.
 * - Search: @easyops-cn/docusaurus-search-local indexes a route under /docs
 *   only if a plugin named "docusaurus-plugin-content-docs" lists it in
 *   `content.loadedVersions[].docs`. This plugin is therefore named like a
 *   docs plugin instance (id "instance-types") and lists its pages there; it
 *   sets no global data, so the docs theme does not see it.
 * - Link previews: the social-cards plugin gives each page its own card, from
 *   the page's title and description (the type's network figures).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {clientRoutes} from './clientRoutes';
import {instanceTypes} from '../../data/instances';
import {typePagePath} from '../../lib/instanceTypePage';

export const ROUTE_PREFIX = 'docs/types/';

type Content = {loadedVersions: {path: string; isLast: boolean; docs: {permalink: string}[]}[]};

export default function instanceTypePagesPlugin(context: LoadContext): Plugin {
  const base = context.baseUrl.replace(/\/$/, '');
  const permalink = (type: string) => `${base}${typePagePath(type)}`;
  return {
    name: 'docusaurus-plugin-content-docs',
    async loadContent(): Promise<Content> {
      return {loadedVersions: [{path: `${base}/docs`, isLast: true, docs: instanceTypes.map((t) => ({permalink: permalink(t.type)}))}]};
    },
    async contentLoaded({actions}) {
      for (const t of instanceTypes) {
        actions.addRoute({path: permalink(t.type), component: '@site/src/components/InstanceTypePage', exact: true});
      }
    },
    // Production browser build only: `docusaurus start` regenerates the route
    // files on every change, and the dev server has no bundle budget.
    configureWebpack(config, isServer) {
      if (isServer || config.mode !== 'production') return {};
      const dir = context.generatedFilesDir;
      const chunkNames = JSON.parse(fs.readFileSync(path.join(dir, 'routesChunkNames.json'), 'utf8')) as Record<string, unknown>;
      const out = clientRoutes(fs.readFileSync(path.join(dir, 'routes.js'), 'utf8'), chunkNames, `${base}/${ROUTE_PREFIX}`, instanceTypes.length);
      const routesFile = path.join(dir, 'client-routes.js');
      const chunkNamesFile = path.join(dir, 'client-routesChunkNames.json');
      fs.writeFileSync(routesFile, out.routesJs);
      fs.writeFileSync(chunkNamesFile, JSON.stringify(out.chunkNames));
      // Ahead of Docusaurus' own '@generated' alias, which would match first.
      config.resolve = {
        ...config.resolve,
        alias: {'@generated/routes$': routesFile, '@generated/routesChunkNames$': chunkNamesFile, ...(config.resolve?.alias as Record<string, string>)},
      };
      return {};
    },
  };
}
