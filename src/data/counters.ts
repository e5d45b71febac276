/**
 * The counters the site explains, written once: the ENA allowance counters and
 * ENA Express (`ena_srd_*`) counters printed by `ethtool -S`, and the EFA
 * device counters under `/sys/class/infiniband/<dev>/ports/1/hw_counters/`
 * (also printed by `rdma statistic show`).
 *
 * Read by src/lib/ethtoolStats.ts (the allowance explainer), src/lib/counterDelta.ts
 * (the rates between two snapshots on /docs/tools/diagnose) and the
 * <AllowanceCounterTable /> MDX component (the tables on /docs/ena and
 * /docs/guides/troubleshooting). Every entry has a primary source and the date
 * it was last checked against it. Rules that other tools state too (the ENA
 * Express conditions, the gateway and link-local allowances) are read from
 * src/data/networkRules.ts, not written here again.
 */
import {networkRules as R} from './networkRules';

export const COUNTER_SOURCES = {
  /** "Monitor network performance for ENA settings on your EC2 instance". */
  monitoring: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-network-performance-ena.html',
  /** "Amazon EC2 instance network bandwidth". */
  bandwidth: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-network-bandwidth.html',
  vpcQuotas: 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html',
  conntrackTimeouts: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ConnectionTrackingConfiguration.html',
  enaExpress: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ena-express.html',
  /** The ENA Linux driver's README (statistics section). */
  enaDriver: 'https://github.com/amzn/amzn-drivers/blob/master/kernel/linux/ena/README.rst',
  /** CloudWatch agent "Collect EFA metrics": one line per EFA device counter. */
  efaMetrics: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Agent-EFA.html',
  /** The EFA kernel driver, which names the hw_counters files. */
  efaDriver: 'https://github.com/torvalds/linux/blob/master/drivers/infiniband/hw/efa/efa_verbs.c',
} as const;

/** When the entries below were last read against their sources. */
export const COUNTERS_CHECKED = '2026-12-02';

export type CounterGroup = 'ena-allowance' | 'ena-express' | 'efa';
/**
 * - `exceeded`: counts packets queued or dropped at an allowance (any growth is a finding).
 * - `gauge`: a level, not a running total (rates make no sense).
 * - `traffic`: counts work that was done (bytes, packets, requests).
 * - `error`: counts failures or recovery events (growth deserves a look).
 */
export type CounterKind = 'exceeded' | 'gauge' | 'traffic' | 'error';

export type CounterInfo = {
  name: string;
  group: CounterGroup;
  kind: CounterKind;
  /** Short label for tables. */
  label: string;
  /** What the counter counts, in one or two sentences. */
  meaning: string;
  /** What to check or change when it grows (or, for a gauge, when it is low). */
  action: string;
  /** Primary source (https). */
  source: string;
  /** Date the meaning was last checked against the source. */
  asOf: string;
  /** Page on this site that teaches the topic. */
  learnMore: string;
};

const c = (x: Omit<CounterInfo, 'asOf'> & {asOf?: string}): CounterInfo => ({asOf: COUNTERS_CHECKED, ...x});

export const ENA_ALLOWANCE_COUNTERS: readonly CounterInfo[] = [
  c({
    name: 'bw_in_allowance_exceeded',
    group: 'ena-allowance',
    kind: 'exceeded',
    label: 'Inbound bandwidth',
    meaning:
      'Packets queued or dropped because traffic into the instance went over its aggregate bandwidth allowance. The bandwidth figure of a type applies to each direction separately.',
    action:
      'Compare inbound throughput with the bandwidth of the instance type. On "up to" sizes the burst credits may be spent and the instance is back at its baseline. Spread the load, or move to a size or type with more bandwidth.',
    source: COUNTER_SOURCES.monitoring,
    learnMore: '/docs/ena#bandwidth',
  }),
  c({
    name: 'bw_out_allowance_exceeded',
    group: 'ena-allowance',
    kind: 'exceeded',
    label: 'Outbound bandwidth',
    meaning: `Packets queued or dropped because traffic out of the instance went over its aggregate bandwidth allowance. ${R.gatewayEgressLimit.statement}`,
    action:
      'Check where the traffic goes: internet-gateway and local-gateway traffic has the smaller allowance. On "up to" sizes check whether burst credits ran out. Spread the load, or use a size or type with more bandwidth.',
    source: COUNTER_SOURCES.bandwidth,
    learnMore: '/docs/ena#bandwidth',
  }),
  c({
    name: 'pps_allowance_exceeded',
    group: 'ena-allowance',
    kind: 'exceeded',
    label: 'Packets per second',
    meaning:
      'Packets queued or dropped because the bidirectional packet rate went over the instance allowance. It can happen well below the bandwidth figure when packets are small.',
    action:
      'Send fewer, larger packets: batch small messages, and inside the VPC use jumbo frames where the path allows. Otherwise spread the work over more instances or use a larger size. Adding ENIs does not raise the allowance.',
    source: COUNTER_SOURCES.monitoring,
    learnMore: '/docs/ena#pps',
  }),
  c({
    name: 'conntrack_allowance_exceeded',
    group: 'ena-allowance',
    kind: 'exceeded',
    label: 'Tracked connections',
    meaning:
      'Packets dropped because the instance reached the most connections it can track for its security groups, so new connections could not be established.',
    action:
      'Lower the number of tracked connections: close idle connections, shorten the idle timeouts of the interface (configurable per ENI), or spread connections over more or larger instances. Watch conntrack_allowance_available to see how close you are.',
    source: COUNTER_SOURCES.conntrackTimeouts,
    learnMore: '/docs/guides/troubleshooting#conntrack-exhausted',
  }),
  c({
    name: 'linklocal_allowance_exceeded',
    group: 'ena-allowance',
    kind: 'exceeded',
    label: 'Link-local services',
    meaning: `Packets dropped because traffic to link-local services went over its packet-rate allowance. ${R.linkLocalPerInterface.statement} ${R.resolverPacketLimit.statement}`,
    action:
      'Cache DNS answers on the instance (a local caching resolver), reuse metadata-service credentials instead of fetching them for each request, and check for software that polls the metadata service in a loop.',
    source: COUNTER_SOURCES.vpcQuotas,
    learnMore: '/docs/guides/troubleshooting#linklocal-drops',
  }),
  c({
    name: 'conntrack_allowance_available',
    group: 'ena-allowance',
    kind: 'gauge',
    label: 'Connections still available',
    meaning:
      'Not a drop counter: how many more connections the instance can track before it reaches its allowance. Reported on Nitro instances with ENA driver 2.8.1 or later.',
    action:
      'Nothing to fix while it stays well above zero. If it falls towards zero under load, treat it like conntrack_allowance_exceeded before the drops begin.',
    source: COUNTER_SOURCES.monitoring,
    learnMore: '/docs/ena#allowance-counters',
  }),
];

export const ENA_EXPRESS_COUNTERS: readonly CounterInfo[] = [
  c({
    name: 'ena_srd_mode',
    group: 'ena-express',
    kind: 'gauge',
    label: 'ENA Express mode',
    meaning: 'Which ENA Express features are on for this interface (0 off, 1 TCP, 2 UDP setting only, 3 TCP and UDP).',
    action: R.enaExpressBothEnds.statement,
    source: COUNTER_SOURCES.enaExpress,
    learnMore: '/docs/guides/ena-express#verify',
  }),
  c({
    name: 'ena_srd_tx_pkts',
    group: 'ena-express',
    kind: 'traffic',
    label: 'Sent over SRD',
    meaning: 'Packets this interface sent over SRD (ENA Express).',
    action: `Compare it with ena_srd_eligible_tx_pkts over the same interval. ${R.enaSrdEligibleGap.statement}`,
    source: COUNTER_SOURCES.enaExpress,
    learnMore: '/docs/guides/ena-express#verify',
  }),
  c({
    name: 'ena_srd_eligible_tx_pkts',
    group: 'ena-express',
    kind: 'traffic',
    label: 'Eligible for SRD',
    meaning:
      'Packets that met the conditions for SRD: supported instance types, ENA Express on at both ends, a path ENA Express serves. Compare it with ena_srd_tx_pkts.',
    action: `${R.enaSrdEligibleGap.detail} A gap between eligible and sent packets is explained under ena_srd_tx_pkts.`,
    source: COUNTER_SOURCES.enaExpress,
    learnMore: '/docs/guides/ena-express#verify',
  }),
  c({
    name: 'ena_srd_rx_pkts',
    group: 'ena-express',
    kind: 'traffic',
    label: 'Received over SRD',
    meaning: 'Packets this interface received over SRD.',
    action: 'Zero on the receiver while the sender counts SRD packets means the traffic is going somewhere else; check the addresses.',
    source: COUNTER_SOURCES.enaExpress,
    learnMore: '/docs/guides/ena-express#verify',
  }),
  c({
    name: 'ena_srd_resource_utilization',
    group: 'ena-express',
    kind: 'gauge',
    label: 'SRD resources in use',
    meaning: 'The share of the memory allowed for concurrent ENA Express connections that is in use, as a percentage. AWS publishes no threshold.',
    action:
      'If it stays high while eligible packets are not sent over SRD, the instance has too many concurrent ENA Express flows; fewer, longer-lived flows help.',
    source: COUNTER_SOURCES.enaExpress,
    learnMore: '/docs/guides/ena-express#verify',
  }),
];

const efa = (name: string, kind: CounterKind, label: string, meaning: string, action: string): CounterInfo =>
  c({name, group: 'efa', kind, label, meaning, action, source: COUNTER_SOURCES.efaMetrics, learnMore: '/docs/tools/diagnose#efa-counters'});

const TRAFFIC_OK = 'Shows the EFA device is carrying traffic. Nothing to fix.';

export const EFA_COUNTERS: readonly CounterInfo[] = [
  efa('tx_bytes', 'traffic', 'Bytes sent', 'Bytes the EFA device transmitted (all operations).', TRAFFIC_OK),
  efa('rx_bytes', 'traffic', 'Bytes received', 'Bytes the EFA device received.', TRAFFIC_OK),
  efa('tx_pkts', 'traffic', 'Packets sent', 'Packets the EFA device transmitted.', TRAFFIC_OK),
  efa('rx_pkts', 'traffic', 'Packets received', 'Packets the EFA device received.', TRAFFIC_OK),
  efa(
    'rx_drops',
    'error',
    'Received packets dropped',
    'Packets that arrived at the EFA device and were dropped.',
    'Growth during a job points at receivers that cannot keep up or at an unhealthy peer; compare with the retransmit counters on the senders.',
  ),
  efa('send_bytes', 'traffic', 'Send bytes', 'Bytes sent with two-sided send operations.', TRAFFIC_OK),
  efa('send_wrs', 'traffic', 'Send requests', 'Send work requests completed.', TRAFFIC_OK),
  efa('recv_bytes', 'traffic', 'Receive bytes', 'Bytes received with two-sided receive operations.', TRAFFIC_OK),
  efa('recv_wrs', 'traffic', 'Receive requests', 'Receive work requests completed.', TRAFFIC_OK),
  efa(
    'rdma_read_bytes',
    'traffic',
    'RDMA read bytes',
    'Bytes transferred by one-sided RDMA read operations. Only present where the device supports RDMA read.',
    'Growth shows one-sided reads are in use (Libfabric and NCCL use them for large messages where the device supports it).',
  ),
  efa('rdma_read_wrs', 'traffic', 'RDMA read requests', 'RDMA read work requests completed.', TRAFFIC_OK),
  efa('rdma_read_resp_bytes', 'traffic', 'RDMA read response bytes', 'Bytes this device sent in answer to RDMA reads by peers.', TRAFFIC_OK),
  efa(
    'rdma_read_wr_err',
    'error',
    'RDMA read errors',
    'RDMA read work requests that failed.',
    'Any growth is a real fault, not tuning: look for EFA errors in the application log (Libfabric warnings) at the same time.',
  ),
  efa(
    'rdma_write_bytes',
    'traffic',
    'RDMA write bytes',
    'Bytes transferred by one-sided RDMA write operations. Only present where the device supports RDMA write.',
    'Growth shows one-sided writes are in use.',
  ),
  efa('rdma_write_wrs', 'traffic', 'RDMA write requests', 'RDMA write work requests completed.', TRAFFIC_OK),
  efa('rdma_write_recv_bytes', 'traffic', 'RDMA write bytes received', 'Bytes peers wrote into this device with RDMA write.', TRAFFIC_OK),
  efa(
    'rdma_write_wr_err',
    'error',
    'RDMA write errors',
    'RDMA write work requests that failed.',
    'Any growth is a real fault: look for EFA errors in the application log at the same time.',
  ),
  efa(
    'retrans_bytes',
    'error',
    'Retransmitted bytes',
    'Bytes SRD sent again because they were not acknowledged in time.',
    'Some retransmission is normal on a shared network; a high share of tx_bytes or a sudden rise points at congestion or an unhealthy path or peer.',
  ),
  efa(
    'retrans_pkts',
    'error',
    'Retransmitted packets',
    'Packets SRD sent again.',
    'Compare with tx_pkts: a rising share means loss on the path. SRD recovers by itself, but throughput falls.',
  ),
  efa(
    'retrans_timeout_events',
    'error',
    'Retransmit time-outs',
    'Times SRD traffic timed out and SRD moved the flow to another network path.',
    'Occasional events are recovery at work. Many per second during a slow or hanging job point at the fabric or at a peer; note which instances show them.',
  ),
  efa(
    'impaired_remote_conn_events',
    'error',
    'Impaired connections',
    'Times a connection to a peer entered an impaired state, in which SRD sends to it at a reduced rate.',
    'Find the peer: it may be overloaded or unhealthy. Persistent growth during a job explains slow collectives.',
  ),
  efa(
    'unresponsive_remote_events',
    'error',
    'Unresponsive peers',
    'Times a peer stopped answering SRD traffic.',
    'The peer process may have died or the peer instance failed. If it happens from the very start, check the security group (all traffic to and from itself, both directions).',
  ),
];

export const ALL_COUNTERS: readonly CounterInfo[] = [...ENA_ALLOWANCE_COUNTERS, ...ENA_EXPRESS_COUNTERS, ...EFA_COUNTERS];

const BY_GROUP_AND_NAME = new Map(ALL_COUNTERS.map((x) => [`${x.group}:${x.name}`, x]));

export function counterInfo(group: CounterGroup, name: string): CounterInfo | undefined {
  return BY_GROUP_AND_NAME.get(`${group}:${name}`);
}

export function counterGroup(group: CounterGroup): readonly CounterInfo[] {
  return group === 'ena-allowance' ? ENA_ALLOWANCE_COUNTERS : group === 'ena-express' ? ENA_EXPRESS_COUNTERS : EFA_COUNTERS;
}
