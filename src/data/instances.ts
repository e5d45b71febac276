/**
 * Every EC2 instance type's network limits, decoded from the compact file
 * written by scripts/import-instance-data.ts (npm run data:import).
 *
 * Heavy (all ~1,400 types): import this module only from code that is itself
 * loaded lazily (the instance-type explorer), never from a shared component.
 * Small pages that need counts use ./instanceCounts instead.
 *
 * Provenance: DescribeInstanceTypes records from getmoto/moto
 * (moto/ec2/resources/instance_types.json, Apache-2.0), where each type is
 * offered (DescribeInstanceTypeOfferings by zone ID, also from moto), branch-ENI
 * limits from aws/karpenter-provider-aws and the docs-table bandwidth from its
 * generated bandwidth file (Apache-2.0); commits, version dates and the import
 * date are in `instanceDataProvenance`.
 */
import {decodeCompact, regionTable, zoneRegionMap, type CompactData, type InstanceType} from '../lib/instanceData';
import type {Disagreement, ImportChanges, SupplementaryType} from './instanceMeta';
import raw from './instances.generated.json';
import extras from './instanceExtras.generated.json';

export type {InstanceType, NetworkCard, EnaSupport, Hypervisor, ConnTrackTimeouts} from '../lib/instanceData';
export type {Disagreement, ImportChanges, SupplementaryType} from './instanceMeta';
export {instanceCounts, instanceDataProvenance, efaFamilies} from './instanceCounts';

const data = raw as unknown as CompactData;

export const instanceTypes: readonly InstanceType[] = decodeCompact(data);

/** The Regions in the offering data (sorted) with their zone IDs. */
export const regions: readonly {region: string; zones: readonly string[]}[] = regionTable(data);

/** Zone ID -> Region code. */
export const zoneRegion: ReadonlyMap<string, string> = zoneRegionMap(regions);

/** Types whose API baseline bandwidth differs from the AWS docs tables beyond rounding. */
export const bandwidthDisagreements: readonly Disagreement[] = extras.disagreements;

/** Types the API dump lacks (retired, not yet public, or announced), kept apart and marked by `status`. */
export const supplementaryTypes: readonly SupplementaryType[] = extras.supplementary as SupplementaryType[];

/** What changed since the previous import (type names and network limits). */
export const importChanges: ImportChanges = extras.changes as ImportChanges;
