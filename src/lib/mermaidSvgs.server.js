/**
 * Server-build replacement for mermaidSvgs.ts (see src/plugins/mermaidChunks.ts):
 * every committed cache entry, bundled into the static-site renderer only.
 */
const entries = require.context('../data/mermaid-cache', false, /\.json$/);

export default function getMermaidSvgs(key) {
  const file = `./${key}.json`;
  if (!entries.keys().includes(file)) return null;
  const entry = entries(file);
  return {light: entry.light, dark: entry.dark};
}
