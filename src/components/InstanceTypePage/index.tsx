/**
 * The page of one instance type, /docs/types/<type>: one route per type in
 * the data, added by src/plugins/instance-type-pages (one `:type` route in the browser). The route carries no
 * props (1,373 data modules would slow the build); the page reads its type
 * from the path and its figures from the instance data.
 */
import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import NotFound from '@theme/NotFound';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import {instanceTypes, instanceCounts, instanceDataProvenance, zoneRegion} from '@site/src/data/instances';
import {BranchEniNote, CardTable, EfaLayoutList, LiveCheck, MaxPodsFigures, NetworkFacts, TotalIpv4} from '@site/src/components/InstanceTypeFacts';
import {typeFromPath, typePageDescription, typePageTitle} from '@site/src/lib/instanceTypePage';
import {regionsOffering, type InstanceType} from '@site/src/lib/instanceData';
import SimilarTypes from './SimilarTypes';
import TypeSources from './TypeSources';
import styles from './styles.module.css';

const BY_NAME = new Map(instanceTypes.map((t) => [t.type, t]));
const KARPENTER_DATE = instanceDataProvenance.karpenter?.generated.slice(0, 10) ?? '';

const OFFERINGS = instanceDataProvenance.offerings ?? null;

function Section({id, title, children}: {id: string; title: string; children: ReactNode}): ReactNode {
  return (
    <section>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function TypeArticle({t}: {t: InstanceType}): ReactNode {
  const efaLayoutUrl = `/docs/tools/efa-layout?type=${encodeURIComponent(t.type)}`;
  const eksPlannerUrl = `/docs/tools/eks-ip-planner?type=${encodeURIComponent(t.type)}`;
  // Null without offering data: then the section is left out.
  const regions = OFFERINGS ? regionsOffering(t, zoneRegion) : null;
  return (
    <article className={styles.article}>
      <nav aria-label="Breadcrumbs" className={styles.crumbs}>
        <Link to="/docs/reference/instance-types">Instance-type explorer</Link> › <Link to={`/docs/reference/instance-types?fam=${t.family}`}>{t.family}</Link>{' '}
        › <span aria-current="page">{t.size}</span>
      </nav>
      <Heading as="h1">{typePageTitle(t)}</Heading>
      {/* Out of the search index like the sections below: the title alone finds the page. */}
      <p className={`${styles.lead} type-page-details`} data-testid="type-summary">
        {typePageDescription(t, instanceCounts.asOf)}
      </p>
      <p className={`${styles.asOf} type-page-details`}>
        Figures from EC2 <code>DescribeInstanceTypes</code> (NetworkInfo) as of {instanceCounts.asOf}; see <a href="#sources">Sources</a>. AWS changes these:
        check the live value before you rely on a number.
      </p>

      {/* Left out of the search index (docusaurus.config.ts, ignoreCssSelectors): 1,373 pages of figures
          made the index 27.6 MB (7.3 MB with their summaries); the title is what readers search for. */}
      <div className="type-page-details">
        <Section id="network" title="Network facts">
          <NetworkFacts t={t} />
        </Section>
        <Section id="cards" title="Network cards">
          <CardTable t={t} />
        </Section>
        <Section id="efa" title="EFA and ENA Express">
          <p data-fact="enaExpressLine">
            ENA Express (SRD for ordinary TCP and UDP traffic): <strong>{t.enaExpress ? 'supported' : 'not supported'}</strong>. See{' '}
            <Link to="/docs/ena-express">ENA Express</Link>.
          </p>
          <EfaLayoutList t={t} />
          {t.efaSupported && (
            <p>
              Plan the interfaces card by card in the <Link to={efaLayoutUrl}>EFA layout builder for {t.type}</Link>.
            </p>
          )}
        </Section>
        {regions && OFFERINGS && (
          <Section id="regions" title="Regions">
            <p data-fact="regions">
              {regions.length === 0
                ? 'No Region offers it in the offering data.'
                : `Offered in ${regions.length} Region${regions.length === 1 ? '' : 's'}: ${regions.join(', ')}.`}{' '}
              From DescribeInstanceTypeOfferings as of {OFFERINGS.versionDate} (<a href={OFFERINGS.url}>getmoto/moto</a>); zones and Regions change, so check
              yours.
            </p>
          </Section>
        )}
        <Section id="ipv4" title="Private IPv4 addresses">
          <TotalIpv4 t={t} />
        </Section>
        <Section id="max-pods" title="EKS max pods">
          <MaxPodsFigures t={t} />
          <p>
            Plan subnets and pods for this type in the <Link to={eksPlannerUrl}>EKS IP planner for {t.type}</Link>.
          </p>
        </Section>
        <Section id="branch-enis" title="Branch ENIs">
          <BranchEniNote t={t} karpenterDate={KARPENTER_DATE} />
        </Section>
        <Section id="check-live" title="Check the live value">
          <LiveCheck t={t} />
        </Section>
        <Section id="similar" title="Similar types">
          <SimilarTypes t={t} all={instanceTypes} />
        </Section>
        <Section id="sources" title="Sources">
          <TypeSources />
        </Section>
      </div>
    </article>
  );
}

export default function InstanceTypePage(): ReactNode {
  const name = typeFromPath(useLocation().pathname);
  const t = name ? BY_NAME.get(name) : undefined;
  // An unknown type: the browser's one `/docs/types/:type` route (see the
  // plugin) lands here, and must render what the server sent for it: the 404 page.
  if (!t) return <NotFound />;
  return (
    <Layout title={typePageTitle(t)} description={typePageDescription(t, instanceCounts.asOf)}>
      <main className="container margin-vert--lg">
        <TypeArticle t={t} />
      </main>
    </Layout>
  );
}
