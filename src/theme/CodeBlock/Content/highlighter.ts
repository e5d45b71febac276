/**
 * Prism as prism-react-renderer ships it, plus the site's
 * `prism.additionalLanguages` (Docusaurus' own `@theme/prism-include-languages`).
 * Loaded on demand through ./loadHighlighter, never at page start: see
 * src/plugins/prismOnDemand.ts.
 */
import {Highlight, Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';

prismIncludeLanguages(Prism);

export {Highlight};
