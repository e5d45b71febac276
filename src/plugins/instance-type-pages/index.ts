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
 * - Link previews: every type page shares one card (see SHARED_CARD and the
 *   social-cards plugin's `sharedCards` option): rendering 1,373 PNGs would
 *   add minutes to the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {clientRoutes} from './clientRoutes';
import {instanceTypes} from '../../data/instances';
import {typePagePath} from '../../lib/instanceTypePage';

export const ROUTE_PREFIX = 'docs/types/';

/** The one link-preview card of all per-type pages. */
export const SHARED_CARD = {
  prefix: ROUTE_PREFIX,
  card: 'img/social/docs/types.png',
  title: 'EC2 instance type network limits',
  description: 'ENIs, IP addresses, network cards, ENA, ENA Express and EFA for every EC2 instance type, with EKS max pods worked out.',
};

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
