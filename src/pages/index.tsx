import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import styles from './index.module.css';

type Card = {title: string; to: string; body: string};

const questions: Card[] = [
  {
    title: 'ENI vs ENA vs EFA',
    to: '/docs/overview',
    body: 'What each one is, how they relate, and which one a workload needs.',
  },
  {
    title: 'Elastic network interfaces (ENI)',
    to: '/docs/eni',
    body: 'The virtual NIC in your VPC: addresses, security groups, attach rules, failover.',
  },
  {
    title: 'Enhanced networking with ENA',
    to: '/docs/ena',
    body: 'SR-IOV, bandwidth and packet-rate limits, and how to check that it is on.',
  },
  {
    title: 'Elastic Fabric Adapter (EFA)',
    to: '/docs/efa',
    body: 'OS-bypass for MPI and NCCL through Libfabric, and the rules that trip people up.',
  },
  {
    title: 'Kernel path vs OS-bypass',
    to: '/docs/os-bypass',
    body: 'Follow one message through the kernel TCP/IP stack and around it.',
  },
  {
    title: 'ENA Express',
    to: '/docs/ena-express',
    body: 'SRD for ordinary TCP and UDP: when it helps and when it does not.',
  },
];

const tools: Card[] = [
  {
    title: 'Which one do I need?',
    to: '/docs/choose',
    body: 'Answer five questions, get a recommendation with its reasons and caveats, and share the link.',
  },
  {
    title: 'Comparison table',
    to: '/docs/overview#comparison',
    body: 'ENI, ENA, efa and efa-only side by side, filtered to what differs.',
  },
  {
    title: 'Instance-type explorer',
    to: '/docs/reference/instance-types',
    body: 'Every EC2 type: interfaces, IPs, network cards, ENA, EFA and ENA Express, with EKS max pods.',
  },
  {
    title: 'Allowance-counter explainer',
    to: '/docs/guides/troubleshooting#allowance-explainer',
    body: 'Paste ethtool -S output and see which limit you hit and what to do about it.',
  },
  {
    title: 'How-to guides',
    to: '/docs/guides/efa-cluster',
    body: 'Enable ENA, attach an ENI, launch an EFA cluster, turn on ENA Express: CLI, CloudFormation, Terraform and CDK.',
  },
  {
    title: 'Knowledge check',
    to: '/docs/quiz',
    body: 'Scenario questions in the style of the AWS exams, each answer linked to the section that teaches it.',
  },
];

function CardList({cards}: {cards: Card[]}): ReactNode {
  return (
    <ul className={styles.grid}>
      {cards.map((q) => (
        <li key={q.to} className={styles.card}>
          <Link to={q.to} className={styles.cardLink}>
            <span className={styles.cardTitle}>{q.title}</span>
          </Link>
          <p className={styles.cardBody}>{q.body}</p>
        </li>
      ))}
    </ul>
  );
}

export default function Home(): ReactNode {
  return (
    <Layout
      title="ENI vs ENA vs EFA"
      description="Understand and choose EC2 network interfaces: elastic network interfaces (ENI), enhanced networking with ENA, and the Elastic Fabric Adapter (EFA). Sourced, compared and checked.">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            Which EC2 network interface do you need?
          </Heading>
          <p className={styles.lead}>
            An <strong>ENI</strong> is the virtual network card in your VPC. <strong>ENA</strong>{' '}
            is the device and driver that gives it enhanced networking on Nitro instances.
            An <strong>EFA</strong> is an ENI that adds OS-bypass for MPI and NCCL. This site
            explains each one, compares them side by side and answers the practical questions,
            with a source for every fact.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/overview">
              Start with the overview
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/choose">
              Which one do I need?
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <Heading as="h2" id="questions">
          What this site answers
        </Heading>
        <CardList cards={questions} />
        <Heading as="h2" id="tools" className="margin-top--lg">
          Tools
        </Heading>
        <CardList cards={tools} />
      </main>
    </Layout>
  );
}
