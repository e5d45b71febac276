import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import LayersDrawing from '@site/src/components/LayersDrawing';
import styles from './index.module.css';

type Card = {title: string; to: string; body: string};

// Nine tools and six topics: full rows at three columns (and at one).
const tools: Card[] = [
  {title: 'Which one do I need?', to: '/docs/choose', body: 'Five questions, a recommendation with its reasons, a link to share.'},
  {title: 'Kernel path vs OS-bypass', to: '/docs/os-bypass', body: 'Step one message through the kernel and around it.'},
  {title: 'Instance-type explorer', to: '/docs/reference/instance-types', body: 'Interfaces, IPs, network cards, ENA and EFA for every EC2 type.'},
  {title: 'Side-by-side comparison', to: '/docs/compare', body: 'ENI, ENA, efa and efa-only row by row, filtered to what differs.'},
  {
    title: 'EFA network layout builder',
    to: '/docs/tools/efa-layout',
    body: 'Every network card and device index for an EFA type, with launch configuration to paste.',
  },
  {title: 'EKS pod and IP planner', to: '/docs/tools/eks-ip-planner', body: 'Max pods per node in each VPC CNI mode and the subnet size a node group needs.'},
  {title: 'Diagnose NCCL on EFA', to: '/docs/tools/diagnose', body: 'Paste NCCL or Libfabric logs, or two counter snapshots, and see what they say.'},
  {title: 'Troubleshooting', to: '/docs/guides/troubleshooting', body: 'Symptoms, checks and fixes; paste ethtool -S to read the allowance counters.'},
  {title: 'Knowledge check', to: '/docs/quiz', body: 'Scenario questions, each answer linked to the section that teaches it.'},
];

const topics: Card[] = [
  {title: 'Elastic network interfaces (ENI)', to: '/docs/eni', body: 'Addresses, security groups, network cards, attach rules, failover.'},
  {title: 'Enhanced networking with ENA', to: '/docs/ena', body: 'SR-IOV, bandwidth and packet-rate limits, how to check it is on.'},
  {title: 'Elastic Fabric Adapter (EFA)', to: '/docs/efa', body: 'OS-bypass for MPI and NCCL through Libfabric, and its rules.'},
  {title: 'ENA Express', to: '/docs/ena-express', body: 'SRD for ordinary TCP and UDP: when it helps and when it does not.'},
  {title: 'How-to guides', to: '/docs/guides/efa-cluster', body: 'CLI, CloudFormation, Terraform and CDK for each task.'},
  {title: 'Misconceptions', to: '/docs/reference/misconceptions', body: 'Common claims about ENI, ENA and EFA, each corrected with a source.'},
];

function CardList({cards}: {cards: Card[]}): ReactNode {
  return (
    <ul className={styles.grid}>
      {cards.map((c) => (
        <li key={c.to} className={styles.card}>
          <Link to={c.to} className={styles.cardLink}>
            {c.title}
          </Link>
          <p className={styles.cardBody}>{c.body}</p>
        </li>
      ))}
    </ul>
  );
}

export default function Home(): ReactNode {
  return (
    <Layout
      title="ENI vs ENA vs EFA"
      description="Understand and choose EC2 network interfaces: elastic network interfaces (ENI), enhanced networking with ENA, and the Elastic Fabric Adapter (EFA). Sourced, compared and checked."
    >
      <header className={styles.hero}>
        <div className={`container ${styles.heroInner}`}>
          <div>
            <Heading as="h1" className={styles.title}>
              Three layers, not three choices
            </Heading>
            <p className={styles.lead}>
              Every EC2 instance has an <strong>ENI</strong>. On Nitro instances, <strong>ENA</strong> is the device and driver under it. An{' '}
              <strong>EFA</strong> is an ENI that adds OS-bypass for MPI and NCCL. Every fact here links to its AWS source.
            </p>
            <div className={styles.actions}>
              <Link className="button button--primary button--lg" to="/docs/overview">
                ENI vs ENA vs EFA
              </Link>
              <Link className="button button--secondary button--lg" to="/docs/choose">
                Which one do I need?
              </Link>
            </div>
          </div>
          <LayersDrawing />
        </div>
      </header>
      <main className="container margin-vert--lg">
        <Heading as="h2" id="tools">
          Tools
        </Heading>
        <CardList cards={tools} />
        <Heading as="h2" id="topics" className="margin-top--lg">
          Read
        </Heading>
        <CardList cards={topics} />
      </main>
    </Layout>
  );
}
