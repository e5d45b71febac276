import {describe, expect, it} from 'vitest';
import {appNavigationTarget, type LinkClick} from './spaLinks';

const here = {href: 'https://x.test/base/docs/efa?a=1#top', origin: 'https://x.test', pathname: '/base/docs/efa', search: '?a=1'};
const routes = new Set(['/base/docs/efa', '/base/docs/ena', '/base/docs/types/p5.48xlarge']);
const isRoute = (p: string) => routes.has(p);
const click = (over: Partial<LinkClick>): LinkClick => ({
  defaultPrevented: false,
  button: 0,
  modified: false,
  href: null,
  target: null,
  download: false,
  ...over,
});
const go = (over: Partial<LinkClick>) => appNavigationTarget(click(over), here, '/base/', isRoute);

describe('appNavigationTarget', () => {
  it('navigates in the app to another page of the site, keeping query and hash', () => {
    expect(go({href: '/base/docs/ena#what'})).toBe('/base/docs/ena#what');
    expect(go({href: 'types/p5.48xlarge?x=1'})).toBe('/base/docs/types/p5.48xlarge?x=1');
    expect(go({href: 'https://x.test/base/docs/ena', target: '_self'})).toBe('/base/docs/ena');
  });

  it('leaves the click to the browser when someone handled it or the reader asked for a tab or download', () => {
    expect(go({href: '/base/docs/ena', defaultPrevented: true})).toBeNull();
    expect(go({href: '/base/docs/ena', button: 1})).toBeNull();
    expect(go({href: '/base/docs/ena', modified: true})).toBeNull();
    expect(go({href: '/base/docs/ena', target: '_blank'})).toBeNull();
    expect(go({href: '/base/docs/ena', download: true})).toBeNull();
  });

  it('leaves other sites, paths outside the base, files, unknown pages and same-page anchors to the browser', () => {
    expect(go({href: 'https://docs.aws.amazon.com/ec2/'})).toBeNull();
    expect(go({href: '/other/docs/ena'})).toBeNull();
    expect(go({href: '/base/diagrams/overview-light.svg'})).toBeNull();
    expect(go({href: '/base/docs/nope'})).toBeNull();
    expect(go({href: '#sources'})).toBeNull();
    expect(go({href: null})).toBeNull();
    expect(go({href: 'http://[bad'})).toBeNull();
  });
});
