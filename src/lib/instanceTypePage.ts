/**
 * What the per-type pages (/docs/types/<type>) say about one instance type
 * in words: title, description, the "similar types" list. Pure TypeScript,
 * shared by the page component, the route plugin and the build-output test.
 */
import {compareTypeNames, type InstanceType} from './instanceData';
import {maxPods} from './instanceCalc';

/** What the route of a type's page hands to its component (src/plugins/instance-type-pages). */
export type TypePageProps = {
  record: InstanceType;
  /** Regions offering the type; null without offering data. */
  regions: string[] | null;
  /** Neighbouring sizes of the same family (see similarTypes). */
  similar: {type: string; maxEni: number; maxEfa: number; networkPerformance: string}[];
  /** Sizes in the family. */
  familySize: number;
};

/** The route of a type's page, without the site's base URL. */
export function typePagePath(type: string): string {
  return `/docs/types/${type}`;
}

export function typePageTitle(t: InstanceType): string {
  return `${t.type} network limits`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One sentence with the figures people look for, for the meta description and the link preview. */
export function typePageDescription(t: InstanceType, asOf: string): string {
  const efa = t.efaSupported ? `up to ${plural(t.maxEfa, 'EFA')}` : 'no EFA';
  const enaX = t.enaExpress ? 'ENA Express supported' : 'no ENA Express';
  return (
    `${t.type}: ${plural(t.cards.length, 'network card')}, ${plural(t.maxEni, 'ENI')}, ${t.ipv4PerEni} IPv4 per ENI, ` +
    `${efa}, ENA ${t.ena}, ${enaX}, ${t.networkPerformance}; EKS max pods ${maxPods(t).secondaryIp.value}. ` +
    `DescribeInstanceTypes data as of ${asOf}.`
  );
}

/** Neighbouring sizes in the same family (natural size order), up to `each` on either side. */
export function similarTypes(t: InstanceType, all: readonly InstanceType[], each = 3): InstanceType[] {
  const family = all.filter((x) => x.family === t.family).sort((a, b) => compareTypeNames(a.type, b.type));
  const i = family.findIndex((x) => x.type === t.type);
  return family.slice(Math.max(0, i - each), i).concat(family.slice(i + 1, i + 1 + each));
}
