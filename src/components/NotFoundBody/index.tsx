/**
 * The 404 page body: says what happened, offers search (a plain GET form to
 * the search page, so it works before hydration and with JS off) and links
 * to the main pages. Shown through src/theme/NotFound/Content (ejected,
 * because the default text offers neither search nor a way back; see
 * src/theme/README.md).
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import styles from './styles.module.css';

const MAIN_PAGES: {to: string; label: string; hint: string}[] = [
  {to: '/docs/overview', label: 'ENI vs ENA vs EFA', hint: 'what each one is and which one you need'},
  {to: '/docs/eni', label: 'Elastic network interfaces (ENI)', hint: 'the virtual NIC in your VPC'},
  {to: '/docs/ena', label: 'Elastic Network Adapter (ENA)', hint: 'enhanced networking with SR-IOV'},
  {to: '/docs/efa', label: 'Elastic Fabric Adapter (EFA)', hint: 'OS-bypass for MPI and NCCL'},
  {to: '/docs/os-bypass', label: 'Kernel path vs OS-bypass', hint: 'one message, two paths'},
  {to: '/docs/reference/glossary', label: 'Glossary', hint: 'terms and abbreviations'},
];

export default function NotFoundContent({className}: Props): ReactNode {
  const searchAction = useBaseUrl('/search');
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <Head>
        <meta name="robots" content="noindex, follow" />
        <meta name="description" content="This page does not exist. Search EC2 Network Interfaces or start from the guides to ENI, ENA and EFA." />
      </Head>
      <div className="row">
        <div className={clsx('col col--8 col--offset-2', styles.content)}>
          <Heading as="h1" className="hero__title">
            Page not found
          </Heading>
          <p>There is no page at this address. It may have moved, or the link may be mistyped. Search the site, or start from one of the main pages below.</p>
          <form className={styles.search} action={searchAction} method="get" role="search">
            <label htmlFor="not-found-search" className={styles.label}>
              Search the site
            </label>
            <div className={styles.row}>
              <input
                id="not-found-search"
                className={styles.input}
                type="search"
                name="q"
                placeholder="e.g. efa-only, SR-IOV, ENA Express"
                autoComplete="off"
              />
              <button type="submit" className="button button--primary">
                Search
              </button>
            </div>
          </form>
          <Heading as="h2" className={styles.h2}>
            Main pages
          </Heading>
          <ul className={styles.list}>
            {MAIN_PAGES.map((p) => (
              <li key={p.to}>
                <Link to={p.to}>{p.label}</Link>: {p.hint}
              </li>
            ))}
          </ul>
          <p>
            Followed a link from another site? The heading you wanted may live on one of these pages now; the{' '}
            <Link to="/docs/reference/sources">sources page</Link> lists every reference we use.
          </p>
        </div>
      </div>
    </main>
  );
}
