/**
 * Facts that decide the verdicts of the NCCL / Libfabric log reader
 * (src/lib/ncclLog.ts, page /docs/tools/diagnose). Each with its source and
 * the date it was last checked. Written once here; the reader and the page
 * both read them.
 */

export const NCCL_FACTS_CHECKED = '2026-12-02';

export type Fact = {id: string; text: string; source: string; asOf: string};

export const SOURCES = {
  efaErrno: 'https://github.com/ofiwg/libfabric/blob/main/prov/efa/src/efa_errno.h',
  efaStrerror: 'https://github.com/ofiwg/libfabric/blob/main/prov/efa/src/efa_strerror.c',
  efaCompStatus: 'https://github.com/linux-rdma/rdma-core/blob/master/providers/efa/efa_io_defs.h',
  efaPeerAbort: 'https://github.com/ofiwg/libfabric/blob/main/prov/efa/src/rdm/efa_rdm_pke_nonreq.h',
  efaRnr: 'https://github.com/ofiwg/libfabric/blob/main/prov/efa/src/rdm/efa_rdm_pke_cmd.c',
  efaErrLine: 'https://github.com/ofiwg/libfabric/blob/main/prov/efa/src/rdm/efa_rdm_ope.c',
  gdrTypes: 'https://github.com/aws/aws-ofi-nccl/issues/547',
  p3dnNoGdr: 'https://github.com/aws/aws-ofi-nccl/issues/104',
  efaDocs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa.html',
  efaStart: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa-start.html',
  ncclTransport: 'https://github.com/NVIDIA/nccl/blob/master/src/transport.cc',
  ncclBootstrap: 'https://docs.nvidia.com/deeplearning/nccl/user-guide/docs/env.html',
  ofiReadme: 'https://github.com/aws/aws-ofi-nccl/blob/master/README.md',
  fiEfa: 'https://github.com/ofiwg/libfabric/blob/main/man/fi_efa.7.md',
  memlock: 'https://github.com/awslabs/awsome-distributed-ai/issues/647',
  devInfiniband: 'https://github.com/aws/aws-ofi-nccl/issues/1020',
  k8sPlugin: 'https://github.com/aws/eks-charts/tree/master/stable/aws-efa-k8s-device-plugin',
} as const;

const f = (id: string, text: string, source: string): Fact => ({id, text, source, asOf: NCCL_FACTS_CHECKED});

export const FACTS = {
  gdrTypes: f(
    'gdr-types',
    'GPUDirect RDMA over EFA exists only on the P-series from p4d on (p4d, p4de, p5, p5e, p5en, p6 families). Other GPU types with EFA, such as p3dn, g5, g6 and g6e, use EFA without it: GPU data is staged through host memory.',
    SOURCES.gdrTypes,
  ),
  gdrdmaSuffix: f(
    'gdrdma-suffix',
    'A channel line ending in "/GDRDMA" ("via NET/AWS Libfabric/0/GDRDMA" or "via NET/Libfabric/0/GDRDMA") means that channel moves GPU memory straight to the EFA device. Without the suffix, the data goes through host memory.',
    SOURCES.p3dnNoGdr,
  ),
  gdrSummary: f(
    'gdr-summary',
    'The "GDR" in NCCL\'s summary "Connected all rings, use ring PXN x GDR y" is a communicator-wide flag used by NCCL\'s buffer-registration path, combined over all ranks. It does not say which transport each channel uses: when the channel lines end in /GDRDMA, GPUDirect RDMA is in use even if the summary says GDR 0.',
    SOURCES.ncclTransport,
  ),
  bootstrapSocket: f(
    'bootstrap-socket',
    'NCCL always opens TCP sockets for its bootstrap (rank discovery and set-up) and prints "Bootstrap : Using eth0:..." or "NET/Socket : Using [0]eth0:..." even when all data goes over the Libfabric plugin. Only "Using network Socket" or channels "via NET/Socket" mean the data path is TCP.',
    SOURCES.ncclBootstrap,
  ),
  pluginNeedsRdm: f(
    'plugin-rdm',
    'aws-ofi-nccl needs Libfabric endpoints of type FI_EP_RDM with tagged messaging; with the efa provider these come from the EFA device. If the efa provider reports no device, the plugin fails and NCCL falls back to sockets or stops.',
    SOURCES.ofiReadme,
  ),
  fabrics: f(
    'fabrics',
    'The efa provider offers two RDM fabrics: "efa" (wire protocols on top of the device: tagged messages, large messages, emulated operations) and "efa-direct" (operations go straight to the device, fewer features). Newer aws-ofi-nccl prints which one it selected.',
    SOURCES.fiEfa,
  ),
  minus61: f(
    'minus-61',
    'fi_getinfo error -61 (FI_ENODATA, "No data available") or "provider efa output empty list" means the efa provider found no usable EFA device: no EFA attached, /dev/infiniband/uverbs* not visible (a container started without the devices), or the EFA driver not loaded.',
    SOURCES.devInfiniband,
  ),
  minus61ExtraVerbs: f(
    'minus-61-extra-verbs',
    'In containers, -61 can also appear when extra non-EFA verbs devices are visible and picked up first, or when the device plugin gives the pod fewer EFA devices than expected: check that every device under /dev/infiniband is an EFA device (ibv_devices, fi_info -p efa) and request the EFA resource in the pod spec.',
    SOURCES.k8sPlugin,
  ),
  memlock: f(
    'memlock',
    'EFA registers memory with the device, which needs locked memory: a small "max locked memory" limit (ulimit -l, 64 KiB by default in many containers) makes registration or receive-buffer posting fail with -12 (ENOMEM), often as EFA error 4112. Set it to unlimited.',
    SOURCES.memlock,
  ),
  errLine: f(
    'err-line',
    'In a Libfabric line "err: 5, message: … (7)" the first number is the generic Libfabric error (5 is FI_EIO, 22 FI_EINVAL) and the number in parentheses at the end is the EFA code (prov_errno) that names the cause: here 7.',
    SOURCES.efaErrLine,
  ),
  memoryRegistration: f(
    'memory-registration',
    "EFA completion statuses 5 (LOCAL_ERROR_INVALID_LKEY) and 7 (REMOTE_ERROR_BAD_ADDRESS) mean a transfer used a memory registration that is not valid: the local one (5) or the peer's (7) is not registered, lacks the access rights, or does not match the address.",
    SOURCES.efaCompStatus,
  ),
  peerAbort: f(
    'peer-abort',
    "Libfabric's efa provider reads status 7 during a receiver-driven RDMA read as the sending peer having deregistered its buffer or closed its endpoint mid-transfer; newer releases report that case as 4127 (PEER_ABORTED).",
    SOURCES.efaPeerAbort,
  ),
  rnr: f(
    'rnr',
    "EFA completion status 10 (REMOTE_ERROR_RNR) means the receiver had no receive buffer posted when the data arrived. With resource management on (FI_RM_ENABLED, Libfabric's default when the application does not choose), the efa provider queues the packet and sends it again after a backoff (FI_EFA_TIMEOUT_INTERVAL, FI_EFA_MAX_TIMEOUT); the error reaches the application only when it turned resource management off (FI_RM_DISABLED).",
    SOURCES.efaRnr,
  ),
  securityGroup: f(
    'security-group',
    'EFA needs a security group that allows all traffic to and from itself, inbound and outbound. A missing self-referencing rule (or "all traffic to 0.0.0.0/0" egress only) makes peers unreachable, typically as an unresponsive-receiver error at the first exchange.',
    SOURCES.efaStart,
  ),
} as const;

export type EfaErrorCode = {code: number; name: string; meaning: string; likely: string; source: string; asOf: string};

const e = (code: number, name: string, meaning: string, likely: string): EfaErrorCode => ({
  code,
  name,
  meaning,
  likely,
  source: SOURCES.efaErrno,
  asOf: NCCL_FACTS_CHECKED,
});

/** EFA provider error codes (prov_errno) that the reader explains. Names and meanings from efa_errno.h. */
export const EFA_ERROR_CODES: readonly EfaErrorCode[] = [
  e(
    5,
    'LOCAL_ERROR_INVALID_LKEY',
    'Local memory registration is invalid or does not match the address.',
    'A buffer freed or re-registered while in use; a memory-registration bug.',
  ),
  e(
    7,
    'REMOTE_ERROR_BAD_ADDRESS',
    "The peer's memory registration is invalid, lacks the access rights, or does not match the address.",
    'The peer deregistered the buffer or closed its endpoint while a transfer still used it (often a rank that failed or exited first); newer Libfabric reports that case as 4127.',
  ),
  e(8, 'REMOTE_ERROR_ABORT', 'The connection was reset by the remote peer.', 'The peer process exited or crashed.'),
  e(
    9,
    'REMOTE_ERROR_BAD_DEST_QPN',
    'The destination queue pair does not exist or is in an error state.',
    'The peer process exited or crashed, or restarted with a new endpoint.',
  ),
  e(
    10,
    'REMOTE_ERROR_RNR',
    'The receiver had no receive buffers posted.',
    'A receiver that cannot keep up; Libfabric resends after a backoff unless the application turned resource management off (FI_RM_DISABLED).',
  ),
  e(
    13,
    'LOCAL_ERROR_UNRESP_REMOTE',
    'Unresponsive remote: the peer stopped answering after it had answered before.',
    'The peer process died or the peer instance failed.',
  ),
  e(
    15,
    'LOCAL_ERROR_UNREACH_REMOTE',
    'Unreachable remote: the peer never answered.',
    'A security group without the self-referencing rules, or peers outside the EFA traffic boundary (one AZ, one VPC).',
  ),
  e(4105, 'OOM', 'Out of memory in the EFA provider.', 'A small locked-memory limit (ulimit -l) or too little host memory.'),
  e(
    4112,
    'INTERNAL_RX_BUF_POST',
    'Failure to post internal receive buffers.',
    'Usually a small locked-memory limit: ulimit -l must be unlimited (often -12 Cannot allocate memory with it).',
  ),
  e(4113, 'PEER_HANDSHAKE', 'Failure posting the handshake to a peer.', 'The peer is unreachable: security group or network boundary.'),
  e(
    4124,
    'ESTABLISHED_RECV_UNRESP',
    'Unresponsive receiver after the connection had been established.',
    'The peer process is gone or the peer instance failed mid-job.',
  ),
  e(
    4126,
    'UNESTABLISHED_RECV_UNRESP',
    'Unresponsive receiver: reachable by the EFA device, but the handshake never completed.',
    'Most often a security group without the self-referencing inbound and outbound rules; also a peer process that exited early.',
  ),
  e(
    4127,
    'PEER_ABORTED',
    'Operation aborted because the peer closed its memory registration or endpoint mid-transfer.',
    'The peer cancelled its transfers or exited; look for the first error on that rank.',
  ),
];

const BY_CODE = new Map(EFA_ERROR_CODES.map((x) => [x.code, x]));

export function efaErrorCode(code: number): EfaErrorCode | undefined {
  return BY_CODE.get(code);
}

/** Instance families with GPUDirect RDMA over EFA, per FACTS.gdrTypes. */
export function familyHasGdr(instanceType: string): boolean | undefined {
  const m = /^(p|g|trn|inf|dl|c|m|r|hpc|i|x)(\d+)([a-z-]*)\./i.exec(instanceType.trim());
  if (!m) return undefined;
  const [, series = '', gen = '0'] = m;
  if (series.toLowerCase() === 'p') return Number(gen) >= 4;
  if (series.toLowerCase() === 'g') return false;
  return undefined;
}
