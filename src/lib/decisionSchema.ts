/**
 * URL parameters of the decision helper (the rules are in decision.ts).
 *
 *   ?workload=hpc&software=mpi&os=linux&type=efa-single&needs=mgmt,sgs&itype=p5.48xlarge
 *
 * `itype` is the optional instance type typed by the reader; when the
 * instance data knows it, it takes precedence over `type`. Nothing is chosen
 * by default (''): the helper asks for answers instead of guessing.
 */
import type {Schema} from './urlState';
import {TYPE_NAME_PATTERN} from './instanceLookup';

export const decisionSchema = {
  workload: {kind: 'enum', values: ['general', 'appliance', 'hpc', 'ml'], default: ''},
  software: {kind: 'enum', values: ['sockets', 'mpi', 'nccl', 'libfabric', 'unsure'], default: ''},
  os: {kind: 'enum', values: ['linux', 'windows'], default: ''},
  type: {kind: 'enum', values: ['unknown', 'efa-multi', 'efa-single', 'no-efa'], default: ''},
  needs: {kind: 'list', values: ['ips', 'subnets', 'sgs', 'mgmt', 'failover'], default: [], max: 5},
  itype: {kind: 'text', pattern: TYPE_NAME_PATTERN, default: '', maxLength: 42},
} satisfies Schema;
