/**
 * The 404 page body (src/components/NotFoundBody), as a lazy island.
 * Docusaurus' DocRoot imports this component to show when no doc matches, so
 * a plain import put the 404 text in a chunk every docs page loaded (1,152
 * bytes gzip; the island saves 936 of them per docs page, measured on
 * /docs/efa 2026-12-03). The server renders it in full (404.html works
 * without JavaScript); the browser loads its code only where it is shown.
 */
import type {Props} from '@theme/NotFound/Content';
import {lazyIsland} from '@site/src/components/LazyIsland';

export default lazyIsland<Props>(() => import(/* webpackChunkName: "not-found" */ '@site/src/components/NotFoundBody'));
