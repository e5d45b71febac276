/**
 * The CloudFront Function in deploy/ runs in CloudFront's own JS runtime, as a
 * bare `handler` function. This loads the file as it is, with its BASE set.
 */
import fs from 'node:fs';
import path from 'node:path';

export type Qs = Record<string, {value: string; multiValue?: {value: string}[]}>;
export type Req = {method: string; uri: string; querystring: Qs; headers: Record<string, unknown>};
export type Res = {statusCode: number; headers: {location: {value: string}}};

const source = fs.readFileSync(path.resolve(__dirname, '../../deploy/cloudfront-viewer-request.js'), 'utf8');

function handlerFor(base: string): (e: {request: Req}) => Req | Res {
  const code = source.replace("var BASE = '/';", `var BASE = '${base}';`);
  return new Function(`${code}\nreturn handler;`)() as (e: {request: Req}) => Req | Res;
}

/** What the function does with a GET of `uri` when the site lives under `base`. */
export const callViewerRequest = (base: string, uri: string, querystring: Qs = {}) =>
  handlerFor(base)({request: {method: 'GET', uri, querystring, headers: {}}});
