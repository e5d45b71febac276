/**
 * The page of one instance type, /docs/types/<type>: one route per type in
 * the data, added by src/plugins/instance-type-pages. The route carries no
 * props (1,373 data modules would slow the build); the page reads its type
 * from the path and its figures from the instance data.
 */
import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useLocation} from '@docusaurus/router';
import {instanceTypes, instanceCounts, instanceDataProvenance} from '@site/src/data/instances';
import {BranchEniNote, CardTable, EfaLayoutList, LiveCheck, MaxPodsFigures, NetworkFacts, TotalIpv4} from '@site/src/components/InstanceTypeFacts';
import {typeFromPath, typePageDescription, typePageTitle} from '@site/src/lib/instanceTypePage';
import type {InstanceType} from '@site/src/lib/instanceData';
import SimilarTypes from './SimilarTypes';
import TypeSources from './TypeSources';
import styles from './styles.module.css';

const BY_NAME = new Map(instanceTypes.map((t) => [t.type, t]));
const KARPENTER_DATE = instanceDataProvenance.karpenter?.generated.slice(0, 10) ?? '';

/** Regions that offer the type, once the data carries them (the data import adds offerings). */
function regionsOf(t: InstanceType): readonly string[] | null {
  const r = (t as InstanceType & {regions?: readonly string[]}).regions;
  return Array.isArray(r) && r.length > 0 ? r : null;
}

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
  // Pages of other helpers' tools: plain links (with the base URL), outside the broken-link check.
  const efaLayoutUrl = `${useBaseUrl('/docs/tools/efa-layout')}?type=${encodeURIComponent(t.type)}`;
  const eksPlannerUrl = `${useBaseUrl('/docs/tools/eks-ip-planner')}?type=${encodeURIComponent(t.type)}`;
  const regions = regionsOf(t);
  return (
    <article className={styles.article}>
      <nav aria-label="Breadcrumbs" className={styles.crumbs}>
        <Link to="/docs/reference/instance-types">Instance-type explorer</Link> › <Link to={`/docs/reference/instance-types?fam=${t.family}`}>{t.family}</Link> ›{' '}
        <span aria-current="page">{t.size}</span>
      </nav>
      <Heading as="h1">{typePageTitle(t)}</Heading>
      <p className={styles.lead} data-testid="type-summary">
        {typePageDescription(t, instanceCounts.asOf)}
      </p>
      <p className={styles.asOf}>
        Figures from EC2 <code>DescribeInstanceTypes</code> (NetworkInfo) as of {instanceCounts.asOf}; see <a href="#sources">Sources</a>. AWS changes
        these: check the live value before you rely on a number.
      </p>

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
            Plan the interfaces card by card in the <a href={efaLayoutUrl}>EFA layout builder for {t.type}</a>.
          </p>
        )}
      </Section>
      {regions && (
        <Section id="regions" title="Regions">
          <p data-fact="regions">Offered in {regions.length} Regions: {regions.join(', ')}.</p>
        </Section>
      )}
      <Section id="ipv4" title="Private IPv4 addresses">
        <TotalIpv4 t={t} />
      </Section>
      <Section id="max-pods" title="EKS max pods">
        <MaxPodsFigures t={t} />
        <p>
          Plan subnets and pods for this type in the <a href={eksPlannerUrl}>EKS IP planner for {t.type}</a>.
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
    </article>
  );
}

export default function InstanceTypePage(): ReactNode {
  const name = typeFromPath(useLocation().pathname);
  const t = name ? BY_NAME.get(name) : undefined;
  if (!t) {
    // Not reachable from the plugin's routes; kept so a bad path never crashes.
    return (
      <Layout title="Instance type not found">
        <main className="container margin-vert--lg">
          <p>
            No such instance type in the data. <Link to="/docs/reference/instance-types">Search the explorer</Link>.
          </p>
        </main>
      </Layout>
    );
  }
  return (
    <Layout title={typePageTitle(t)} description={typePageDescription(t, instanceCounts.asOf)}>
      <main className="container margin-vert--lg">
        <TypeArticle t={t} />
      </main>
    </Layout>
  );
}
