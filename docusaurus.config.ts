import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {codeTheme} from './src/lib/prismThemes';
import socialCards from './src/plugins/social-cards';
import {remarkMermaidDiagrams} from './scripts/lib/diagrams';
import instanceTypePages from './src/plugins/instance-type-pages';
import mermaidChunksPlugin from './src/plugins/mermaidChunks';
import prismOnDemandPlugin from './src/plugins/prismOnDemand';
import openDatasetPlugin from './src/plugins/open-dataset';

/**
 * Where the site is hosted. Both can be set at build time, e.g.
 *   SITE_URL=https://example.org BASE_URL=/enhanced-networking/ npm run build
 * BASE_URL must start and end with a slash.
 */
const siteUrl = process.env.SITE_URL ?? 'https://ec2-network-interfaces.github.io';
const rawBase = process.env.BASE_URL ?? '/';
const baseUrl = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

const SITE_TITLE = 'EC2 Network Interfaces';
const SITE_TAGLINE = 'ENI, ENA and EFA explained, compared and checked against AWS sources.';

const config: Config = {
  title: SITE_TITLE,
  tagline: SITE_TAGLINE,
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,

  future: {
    v4: true,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  markdown: {
    mermaid: true,
    // Explicit heading IDs (`## Title {#id}`) keep wiki links stable. Docusaurus'
    // v4 flags turn the MDX 1 syntax off by default; we keep this one part on.
    mdx1Compat: {
      comments: true,
      admonitions: true,
      headingIds: true,
    },
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  // Old links into sections that moved off the overview are forwarded (see the file).
  clientModules: ['./src/clientModules/movedAnchors.ts', './src/clientModules/prefetchOnIntent.ts'],

  plugins: [
    // Per-page link-preview cards and og:/twitter: tags, written at postBuild (no JS on pages).
    // One card per page, the 1,373 per-type pages included (worker threads, cached in node_modules/.cache).
    socialCards,
    // /docs/types/<type>: one page per instance type in the data.
    [instanceTypePages, {id: 'instance-types'}],
    // Mermaid blocks show committed SVGs (`npm run diagrams`, scripts/lib/diagrams.ts);
    // theme-mermaid renders only a block with no SVG yet, and this plugin keeps
    // its code out of the chunk every page loads. See README.md, "Diagrams and Mermaid".
    mermaidChunksPlugin,
    // Prism loads only where a code block is rendered in the browser (server HTML keeps its tokens).
    prismOnDemandPlugin,
    // /data/instance-types.{json,csv} from the explorer's data, at postBuild (no JS on pages).
    openDatasetPlugin,
  ],

  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        indexPages: true,
        docsRouteBasePath: '/docs',
        language: ['en'],
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
        searchResultLimits: 8,
        // Per-type pages (/docs/types/*) are indexed by their title only (src/components/InstanceTypePage).
        ignoreCssSelectors: ['.type-page-details'],
      },
    ],
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
          beforeDefaultRemarkPlugins: [remarkMermaidDiagrams],
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          changefreq: 'weekly',
          priority: 0.5,
          // Matched against the full path, base URL included.
          ignorePatterns: [`${baseUrl}search`],
          filename: 'sitemap.xml',
        },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    image: 'img/social-card.png',
    metadata: [{name: 'keywords', content: 'ENI, ENA, EFA, EC2, enhanced networking, SR-IOV, OS-bypass, Libfabric, NCCL, MPI'}],
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    // Fallback only (a block not rendered yet): the committed SVGs use the site palette.
    mermaid: {theme: {light: 'neutral', dark: 'dark'}},
    navbar: {
      title: SITE_TITLE,
      logo: {
        alt: 'EC2 Network Interfaces logo',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        // Plain links, not `type: 'doc'`: doc items are all "active" on every page of the
        // one sidebar, so each page (and each search result's breadcrumb) said "Overview".
        // The overview has one name everywhere: its title.
        {to: '/docs/overview', position: 'left', label: 'ENI vs ENA vs EFA'},
        {to: '/docs/eni', position: 'left', label: 'ENI'},
        {to: '/docs/ena', position: 'left', label: 'ENA'},
        {to: '/docs/efa', position: 'left', label: 'EFA'},
        {to: '/docs/choose', position: 'left', label: 'Which one?'},
        {to: '/docs/reference/glossary', position: 'right', label: 'Glossary'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Learn',
          items: [
            {label: 'ENI vs ENA vs EFA', to: '/docs/overview'},
            {label: 'Kernel path vs OS-bypass', to: '/docs/os-bypass'},
            {label: 'ENA Express', to: '/docs/ena-express'},
          ],
        },
        {
          title: 'Tools',
          items: [
            {label: 'Which one do I need?', to: '/docs/choose'},
            {label: 'Side-by-side comparison', to: '/docs/compare'},
            {label: 'Instance-type explorer', to: '/docs/reference/instance-types'},
            {label: 'EFA network layout builder', to: '/docs/tools/efa-layout'},
            {label: 'EKS pod and IP planner', to: '/docs/tools/eks-ip-planner'},
            {label: 'Diagnose NCCL on EFA', to: '/docs/tools/diagnose'},
            {label: 'Troubleshooting', to: '/docs/guides/troubleshooting'},
          ],
        },
        {
          title: 'Reference',
          items: [
            {label: 'Glossary', to: '/docs/reference/glossary'},
            {label: 'Misconceptions', to: '/docs/reference/misconceptions'},
            {label: 'Sources', to: '/docs/reference/sources'},
          ],
        },
      ],
      copyright:
        'An independent guide, not affiliated with Amazon Web Services. AWS, Amazon EC2 and related names are trademarks of Amazon.com, Inc. or its affiliates. Instance data: Apache-2.0, see Sources.',
    },
    prism: {
      // One theme of CSS variables for both modes (src/lib/prismThemes.ts).
      theme: codeTheme,
      darkTheme: codeTheme,
      additionalLanguages: ['bash', 'json', 'yaml', 'hcl', 'ini'],
    },
    docs: {
      sidebar: {hideable: false},
    },
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
  } satisfies Preset.ThemeConfig,
};

export default config;
