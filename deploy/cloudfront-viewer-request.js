// CloudFront Function (runtime cloudfront-js-2.0), viewer-request event.
//
// Maps this site's clean URLs to the files Docusaurus writes with
// `trailingSlash: false`:
//   /                      -> /index.html            (BASE + index.html under a sub-path)
//   /docs/efa              -> /docs/efa.html
//   /docs/efa/             -> 301 to /docs/efa       (the canonical form; query kept)
//   /assets/js/main.1.js   -> unchanged              (a real file: known extension)
// Everything else reaches the S3 origin as it is; a missing key gets the
// distribution's custom error response (404 -> /404.html, status 404).
//
// BASE must equal the BASE_URL the site was built with ('/' at the root,
// e.g. '/enhanced-networking/' when the files sit under that key prefix).
var BASE = '/';

var FILE = /\.(html|js|mjs|css|map|json|xml|txt|csv|png|jpe?g|gif|webp|avif|svg|ico|woff2?|ttf|webmanifest|wasm)$/i;

function queryString(qs) {
  var parts = [];
  for (var key in qs) {
    var entry = qs[key];
    var values = entry.multiValue ? entry.multiValue : [entry];
    for (var i = 0; i < values.length; i++) {
      // Values arrive as the viewer sent them (already URL-encoded); keep them so.
      parts.push(values[i].value === '' ? key : key + '=' + values[i].value);
    }
  }
  return parts.length ? '?' + parts.join('&') : '';
}

function redirect(location) {
  return {statusCode: 301, statusDescription: 'Moved Permanently', headers: {location: {value: location}}};
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- CloudFront calls `handler` by name.
function handler(event) {
  var request = event.request;
  var uri = request.uri;

  if (uri === BASE) {
    request.uri = BASE + 'index.html';
    return request;
  }
  if (uri + '/' === BASE) {
    return redirect(BASE + queryString(request.querystring));
  }
  if (uri.charAt(uri.length - 1) === '/') {
    return redirect(uri.replace(/\/+$/, '') + queryString(request.querystring));
  }
  var last = uri.substring(uri.lastIndexOf('/') + 1);
  if (!FILE.test(last)) {
    request.uri = uri + '.html';
  }
  return request;
}
