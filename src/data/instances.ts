/**
 * Every EC2 instance type's network limits, decoded from the compact file
 * written by scripts/import-instance-data.ts (npm run data:import).
 *
 * Heavy (all ~1,400 types): import this module only from code that is itself
 * loaded lazily (the instance-type explorer), never from a shared component.
 * Small pages that need counts use ./instanceCounts instead.
 *
 * Provenance: DescribeInstanceTypes records from getmoto/moto
 * (moto/ec2/resources/instance_types.json, Apache-2.0) and branch-ENI limits
 * from aws/karpenter-provider-aws (Apache-2.0); commits, version dates and
 * the import date are in `instanceDataProvenance`.
 */
import {decodeCompact, type CompactData, type InstanceType} from '../lib/instanceData';
import raw from './instances.generated.json';

export type {InstanceType, NetworkCard, EnaSupport, Hypervisor} from '../lib/instanceData';
export {instanceCounts, instanceDataProvenance, efaFamilies} from './instanceCounts';

export const instanceTypes: readonly InstanceType[] = decodeCompact(raw as unknown as CompactData);
