/**
 * Local Docusaurus plugin: per-page link-preview cards, with no JS on pages.
 *
 * At postBuild, for every HTML file in the build it reads the page's title
 * and description from the tags Docusaurus wrote, renders a 1200x630 PNG to
 * `img/social/<route>.png`, points og:image / twitter:image at it (unless
 * the page set its own `image:` in front matter) and adds the tags that were
 * missing (twitter:title/description, og:type, og:image size and alt...).
 * It also renders the site-wide card named by themeConfig.image. Every page,
 * including the 1,373 per-instance-type pages, gets its own card; renderAll.ts
 * renders them on every core and keeps them in node_modules/.cache.
 *
 * The rewritten tags are what crawlers and unfurlers read: they fetch the
 * HTML and run no JS. After hydration, react-helmet in the browser shows the
 * site-wide og:image again; nothing reads it there.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {cardPathFor, fillPreviewTags, metaContent, pageTitle, stripSiteSuffix, canonicalHref} from '../../../scripts/lib/socialMeta';
import {renderAll, type CardJob} from './renderAll';

function htmlFiles(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), {withFileTypes: true}).flatMap((e) => {
    const p = path.posix.join(rel, e.name);
    if (e.isDirectory()) return p === 'assets' || p === 'img' ? [] : htmlFiles(dir, p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

export default function socialCardsPlugin(context: LoadContext): Plugin {
  return {
    name: 'social-cards',
    async postBuild({outDir}) {
      const {siteConfig, baseUrl} = context;
      const absolute = (rel: string) => `${siteConfig.url}${baseUrl}${rel.replace(/^\/+/, '')}`;
      const themeImage = (siteConfig.themeConfig as {image?: string}).image ?? 'img/social-card.png';
      const defaultImage = absolute(themeImage);
      const logoSvg = fs.readFileSync(path.join(context.siteDir, 'static', 'img', 'logo.svg'), 'utf8');
      const location = `${new URL(siteConfig.url).host}${baseUrl}`.replace(/\/$/, '');
      const card = (title: string, description: string) => ({title, description, siteTitle: siteConfig.title, location, logoSvg});

      const jobs: CardJob[] = [{file: path.join(outDir, themeImage), text: card(siteConfig.title, siteConfig.tagline)}];
      for (const rel of htmlFiles(outDir)) {
        const file = path.join(outDir, rel);
        const html = fs.readFileSync(file, 'utf8');
        const fullTitle = metaContent(html, 'og:title') ?? pageTitle(html) ?? siteConfig.title;
        const title = stripSiteSuffix(fullTitle, siteConfig.title);
        const description = metaContent(html, 'og:description') ?? metaContent(html, 'description') ?? siteConfig.tagline;
        const route = rel.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
        const image = cardPathFor(rel);
        jobs.push({file: path.join(outDir, image), text: card(title, description)});
        const filled = fillPreviewTags(
          html,
          {
            title: fullTitle,
            description,
            image: absolute(image),
            imageAlt: title === siteConfig.title ? title : `${title}: ${siteConfig.title}`,
            url: canonicalHref(html) ?? absolute(route),
            siteName: siteConfig.title,
          },
          defaultImage,
        );
        if (filled !== html) fs.writeFileSync(file, filled);
      }
      const started = Date.now();
      const {rendered, cached} = await renderAll(jobs, path.join(context.siteDir, 'node_modules', '.cache', 'social-cards'));
      console.log(
        `[social-cards] ${jobs.length} cards: ${rendered} rendered, ${cached} reused (from the cache, or the same text as another page), in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    },
  };
}
