/**
 * Worker thread of the social-cards plugin (see renderAll.ts): renders cards
 * with card.ts, loaded through tsx, so there is one implementation.
 */
const {parentPort} = require('node:worker_threads');
const {require: tsxRequire} = require('tsx/cjs/api');

const {renderCard} = tsxRequire('./card.ts', __filename);

parentPort.on('message', ({id, text}) => {
  renderCard(text).then(
    (png) => parentPort.postMessage({id, png}),
    (err) => parentPort.postMessage({id, error: String(err?.stack ?? err)}),
  );
});
