/**
 * Wraps the whole app (Docusaurus' documented place for app-wide logic; see
 * src/theme/README.md). It adds one listener: a click on a same-site link that
 * React does not handle, such as a link in prose kept as server HTML
 * (src/components/StaticProse), navigates in the app as Docusaurus' `Link`
 * would, instead of loading the page again.
 */
import {useEffect, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import routes from '@generated/routes';
import {matchRoutes} from 'react-router-config';
import {appNavigationTarget} from '@site/src/lib/spaLinks';

export default function Root({children}: {children: ReactNode}): ReactNode {
  const history = useHistory();
  const {baseUrl} = useDocusaurusContext().siteConfig;
  useEffect(() => {
    const isRoute = (pathname: string) => matchRoutes(routes, pathname).some((m) => m.route.path !== '*' && m.match.isExact !== false);
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!link) return;
      const click = {
        defaultPrevented: event.defaultPrevented,
        button: event.button,
        modified: event.ctrlKey || event.metaKey || event.shiftKey || event.altKey,
        href: link.getAttribute('href'),
        target: link.getAttribute('target'),
        download: link.hasAttribute('download'),
      };
      const target = appNavigationTarget(click, window.location, baseUrl, isRoute);
      if (target === null) return;
      event.preventDefault();
      history.push(target);
    };
    // Bubble phase on the document: React's own handlers (Link, tools) have run and prevented the default.
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [history, baseUrl]);
  return children;
}
