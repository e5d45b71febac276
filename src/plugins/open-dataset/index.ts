/**
 * Local Docusaurus plugin: the open dataset, written at postBuild from the
 * same generated data the explorer decodes (src/data/instances.ts):
 *
 *   build/data/instance-types.json               rows + columns + licence + provenance
 *   build/data/instance-types.csv                the same rows, RFC 4180
 *   build/data/instance-types.csv-metadata.json  CSV on the Web metadata: licence, provenance, schema
 *
 * Adds no JS to any page. The schema is documented on /docs/reference/instance-types
 * (#download-the-data) from DATASET_COLUMNS in src/lib/openDataset.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {instanceTypes, instanceDataProvenance, supplementaryTypes, zoneRegion} from '../../data/instances';
import {buildDataset, datasetCsv, datasetCsvMetadata} from '../../lib/openDataset';

export const DATASET_DIR = 'data';

/** Write the three files into `outDir/data/`; returns their paths. */
export function writeOpenDataset(outDir: string): string[] {
  const d = buildDataset(instanceTypes, supplementaryTypes, zoneRegion, instanceDataProvenance);
  const dir = path.join(outDir, DATASET_DIR);
  fs.mkdirSync(dir, {recursive: true});
  const files: [string, string][] = [
    ['instance-types.json', `${JSON.stringify(d)}\n`],
    ['instance-types.csv', datasetCsv(d)],
    ['instance-types.csv-metadata.json', `${JSON.stringify(datasetCsvMetadata(d), null, 1)}\n`],
  ];
  return files.map(([name, content]) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  });
}

export default function openDatasetPlugin(): Plugin {
  return {
    name: 'open-dataset',
    async postBuild({outDir}) {
      writeOpenDataset(outDir);
    },
  };
}
