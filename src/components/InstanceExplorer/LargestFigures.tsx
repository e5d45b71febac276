/**
 * <LargestFigures />: the largest EFA, ENI and bandwidth figures in the
 * instance data, with the types that have them, computed from the data so
 * the sentence cannot go stale when the data is re-imported.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {instanceTypes, instanceCounts} from '@site/src/data/instances';
import {labelGbps} from '@site/src/lib/instanceCalc';
import type {InstanceType} from '@site/src/lib/instanceData';

/** The highest value of `get` and every type that has it. */
export function largest(types: readonly InstanceType[], get: (t: InstanceType) => number | null): {value: number; types: string[]} {
  let value = -Infinity;
  let names: string[] = [];
  for (const t of types) {
    const v = get(t);
    if (v === null) continue;
    if (v > value) {
      value = v;
      names = [t.type];
    } else if (v === value) names.push(t.type);
  }
  return {value, types: names};
}

function TypeList({names}: {names: string[]}): ReactNode {
  return names.map((n, i) => (
    <span key={n}>
      {i > 0 ? (i === names.length - 1 ? ' and ' : ', ') : ''}
      <Link to={`/docs/types/${n}`}>{n}</Link>
    </span>
  ));
}

export default function LargestFigures(): ReactNode {
  const efa = largest(instanceTypes, (t) => t.maxEfa);
  const eni = largest(instanceTypes, (t) => t.maxEni);
  const bw = largest(instanceTypes, (t) => labelGbps(t.networkPerformance));
  const efaCards = instanceTypes.find((t) => t.type === efa.types[0])?.cards.length ?? 0;
  return (
    <p data-testid="largest-figures">
      The largest figures in the same data (as of {instanceCounts.asOf}): <strong>{efa.value} EFAs</strong> on {efaCards} network cards (
      <TypeList names={efa.types} />
      ), <strong>{eni.value} ENIs</strong> (<TypeList names={eni.types} />) and <strong>{bw.value} Gbps</strong> (
      <TypeList names={bw.types} />
      ).
    </p>
  );
}
