/**
 * <InstanceExplorer />: the instance-type network explorer.
 *
 * This wrapper is registered in MDXComponents, so it is part of every docs
 * page's shared code: keep it tiny. The explorer itself (code and ~1,400
 * records) is a separate chunk, loaded with a dynamic import() only after
 * hydration on the page that renders this component. The server HTML (and
 * the first client render) is a placeholder of fixed height; the page's
 * static summary covers readers without JavaScript.
 */
import {lazy, Suspense, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import reserve from './reserve.module.css';

const Explorer = lazy(() => import('./Explorer'));

function Placeholder(): ReactNode {
  return (
    <div
      data-testid="explorer-placeholder"
      className={reserve.reserve}
      style={{padding: '1rem', border: '1px dashed var(--site-border)', borderRadius: 8}}>
      <p>
        Loading the interactive explorer… It needs JavaScript. Without it, use the summary above and the AWS CLI
        commands on this page.
      </p>
    </div>
  );
}

export default function InstanceExplorer(): ReactNode {
  const isBrowser = useIsBrowser();
  if (!isBrowser) return <Placeholder />;
  return (
    <Suspense fallback={<Placeholder />}>
      <Explorer />
    </Suspense>
  );
}
