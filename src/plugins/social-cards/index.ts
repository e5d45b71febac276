/**
 * Local Docusaurus plugin: per-page link-preview cards, with no JS on pages.
 *
 * At postBuild, for every HTML file in the build it reads the page's title
 * and description from the tags Docusaurus wrote, renders a 1200x630 PNG to
 * `img/social/<route>.png`, points og:image / twitter:image at it (unless
 * the page set its own `image:` in front matter) and adds the tags that were
 * missing (twitter:title/description, og:type, og:image size and alt...).
 * It also renders the site-wide card named by themeConfig.image.
 *
 * The rewritten tags are what crawlers and unfurlers read: they fetch the
 * HTML and run no JS. After hydration, react-helmet in the browser shows the
 * site-wide og:image again; nothing reads it there.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {cardPathFor, fillPreviewTags, metaContent, pageTitle, stripSiteSuffix, canonicalHref} from '../../../scripts/lib/socialMeta';
import {renderCard} from './card';

function htmlFiles(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), {withFileTypes: true}).flatMap((e) => {
    const p = path.posix.join(rel, e.name);
    if (e.isDirectory()) return p === 'assets' || p === 'img' ? [] : htmlFiles(dir, p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

/** Pages whose route starts with `prefix` share one card (title and description of the group, not the page). */
export type SharedCard = {prefix: string; card: string; title: string; description: string};

export default function socialCardsPlugin(context: LoadContext, options?: unknown): Plugin {
  const sharedCards = (options as {sharedCards?: SharedCard[]} | undefined)?.sharedCards ?? [];
  return {
    name: 'social-cards',
    async postBuild({outDir}) {
      const {siteConfig, baseUrl} = context;
      const absolute = (rel: string) => `${siteConfig.url}${baseUrl}${rel.replace(/^\/+/, '')}`;
      const themeImage = (siteConfig.themeConfig as {image?: string}).image ?? 'img/social-card.png';
      const defaultImage = absolute(themeImage);
      const logoSvg = fs.readFileSync(path.join(context.siteDir, 'static', 'img', 'logo.svg'), 'utf8');
      const location = `${new URL(siteConfig.url).host}${baseUrl}`.replace(/\/$/, '');
      const write = (rel: string, png: Buffer) => {
        fs.mkdirSync(path.dirname(path.join(outDir, rel)), {recursive: true});
        fs.writeFileSync(path.join(outDir, rel), png);
      };

      write(themeImage, await renderCard({title: siteConfig.title, description: siteConfig.tagline, siteTitle: siteConfig.title, location, logoSvg}));

      const rendered = new Set<string>();
      for (const rel of htmlFiles(outDir)) {
        const file = path.join(outDir, rel);
        const html = fs.readFileSync(file, 'utf8');
        const fullTitle = metaContent(html, 'og:title') ?? pageTitle(html) ?? siteConfig.title;
        const title = stripSiteSuffix(fullTitle, siteConfig.title);
        const description = metaContent(html, 'og:description') ?? metaContent(html, 'description') ?? siteConfig.tagline;
        const route = rel.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
        const pageUrl = canonicalHref(html) ?? absolute(route);
        const shared = sharedCards.find((g) => route.startsWith(g.prefix));
        const card = shared?.card ?? cardPathFor(rel);
        if (!shared) write(card, await renderCard({title, description, siteTitle: siteConfig.title, location, logoSvg}));
        else if (!rendered.has(card)) {
          write(card, await renderCard({title: shared.title, description: shared.description, siteTitle: siteConfig.title, location, logoSvg}));
          rendered.add(card);
        }
        const filled = fillPreviewTags(
          html,
          {
            title: fullTitle,
            description,
            image: absolute(card),
            imageAlt: shared ? `${shared.title}: ${siteConfig.title}` : title === siteConfig.title ? title : `${title}: ${siteConfig.title}`,
            url: pageUrl,
            siteName: siteConfig.title,
          },
          defaultImage,
        );
        if (filled !== html) fs.writeFileSync(file, filled);
      }
    },
  };
}
