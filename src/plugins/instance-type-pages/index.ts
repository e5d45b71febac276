/**
 * Local Docusaurus plugin: one page per instance type in the data,
 * /docs/types/<type>, rendered by src/components/InstanceTypePage.
 *
 * - One `addRoute` per type and no per-route data modules: every route uses
 *   the same component, which reads its type from the path, so 1,373 pages
 *   add no webpack chunks (only route entries).
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
import type {LoadContext, Plugin} from '@docusaurus/types';
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
  };
}
