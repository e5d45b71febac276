/**
 * Convert the Go files the data refresh downloads into the JSON the importer reads.
 *
 *   tsx scripts/convert-upstream-go.ts karpenter-vpclimits <zz_generated.vpclimits.go> <out.json>
 *   tsx scripts/convert-upstream-go.ts karpenter-bandwidth <zz_generated.bandwidth.go> <out.json>
 *   tsx scripts/convert-upstream-go.ts vpc-cni-limits <vpc_ip_resource_limit.go> <out.json>
 *
 * Exits 1 naming the file and line on anything it cannot read; writes nothing then.
 */
import fs from 'node:fs';
import path from 'node:path';
import {ImportError} from './lib/instanceImport';
import {goMapLiteral, karpenterBandwidthJson} from './lib/goLiteral';

const MAPS: Record<string, string> = {'karpenter-vpclimits': 'Limits', 'vpc-cni-limits': 'instanceNetworkingLimits'};

try {
  const [kind, input, output] = process.argv.slice(2);
  if (!kind || !input || !output)
    throw new ImportError('usage: convert-upstream-go.ts <karpenter-vpclimits|karpenter-bandwidth|vpc-cni-limits> <in.go> <out.json>');
  const text = fs.readFileSync(input, 'utf8');
  const name = path.basename(input);
  let value: object;
  if (kind === 'karpenter-bandwidth') value = karpenterBandwidthJson(text, name);
  else if (MAPS[kind]) value = goMapLiteral(text, MAPS[kind], name);
  else throw new ImportError(`unknown kind ${kind}`);
  if (Object.keys(value).length === 0) throw new ImportError(`${name}: no entries`);
  fs.writeFileSync(output, `${JSON.stringify(value, null, 1)}\n`);
  console.log(`${name} -> ${output}`);
} catch (e) {
  if (e instanceof ImportError || (e as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`convert-upstream-go: ${(e as Error).message}`);
    process.exit(1);
  }
  throw e;
}
