/**
 * Local Docusaurus plugin: one page per instance type in the data,
 * /docs/types/<type>, rendered by src/components/InstanceTypePage.
 *
 * - One `addRoute` per type; its props (the type's record, its Regions and
 *   its neighbours, about 1 KB) become the page's data module, so a type's
 *   page never downloads the whole data set (about 26 KB gzip).
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
import {instanceTypes, zoneRegion} from '../../data/instances';
import {instanceDataProvenance} from '../../data/instanceCounts';
import {regionsOffering} from '../../lib/instanceData';
import {similarTypes, typePagePath, type TypePageProps} from '../../lib/instanceTypePage';

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
      const offerings = instanceDataProvenance.offerings ?? null;
      for (const t of instanceTypes) {
        const props: TypePageProps = {
          record: t,
          regions: offerings ? regionsOffering(t, zoneRegion) : null,
          similar: similarTypes(t, instanceTypes).map((x) => ({type: x.type, maxEni: x.maxEni, maxEfa: x.efaSupported ? x.maxEfa : 0, networkPerformance: x.networkPerformance})),
          familySize: instanceTypes.filter((x) => x.family === t.family).length,
        };
        actions.addRoute({path: permalink(t.type), component: '@site/src/components/InstanceTypePage', exact: true, props});
      }
    },
  };
}
