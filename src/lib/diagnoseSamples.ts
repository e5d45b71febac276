/**
 * Examples for /docs/tools/diagnose: real excerpts from public threads (the
 * same text as tests/fixtures/nccl/, where each has its source and verdict).
 */
export const SAMPLE_LOGS = [
  {
    id: 'socket-fallback',
    label: 'Plugin failed, NCCL on sockets (aws-ofi-nccl issue 715)',
    source: 'https://github.com/aws/aws-ofi-nccl/issues/715',
    text: `algo-1:17774:17853 [1] nccl_net_ofi_create_plugin:259 NCCL WARN NET/OFI aws-ofi-nccl initialization failed
algo-1:17780:17851 [7] NCCL INFO NET/Socket : Using [0]eth0:10.0.227.37<0>
algo-1:17774:17853 [1] NCCL INFO NCCL_IB_DISABLE set by environment to 1.
algo-1:17780:17851 [7] NCCL INFO Using non-device net plugin version 0
algo-1:17780:17851 [7] NCCL INFO Using network Socket`,
  },
  {
    id: 'p3dn',
    label: 'EFA without GPUDirect RDMA on p3dn (aws-ofi-nccl issue 104)',
    source: 'https://github.com/aws/aws-ofi-nccl/issues/104',
    text: '[0]:ip-10-0-0-157:24:146 [0] NCCL INFO Channel 00 : 12[1a0] -> 0[160] [receive] via NET/AWS Libfabric/0',
  },
  {
    id: 'memlock',
    label: 'EFA error 4112 (awsome-distributed-ai issue 647)',
    source: 'https://github.com/awslabs/awsome-distributed-ai/issues/647',
    text: `Libfabric EFA provider has encountered an internal error:

Libfabric error: (-12) Cannot allocate memory
EFA internal error: (4112) Failure to post internal receive buffers

Your application will now abort().`,
  },
] as const;

/** Two `ethtool -S` snapshots 60 seconds apart (shortened), for the counter example. */
export const SAMPLE_ETHTOOL_BEFORE = `NIC statistics:
     bw_in_allowance_exceeded: 0
     bw_out_allowance_exceeded: 1842
     pps_allowance_exceeded: 120
     conntrack_allowance_exceeded: 0
     linklocal_allowance_exceeded: 27
     conntrack_allowance_available: 421870
     queue_0_tx_bytes: 7318864210
     queue_0_rx_bytes: 6204471992`;

export const SAMPLE_ETHTOOL_AFTER = `NIC statistics:
     bw_in_allowance_exceeded: 0
     bw_out_allowance_exceeded: 1842
     pps_allowance_exceeded: 72120
     conntrack_allowance_exceeded: 0
     linklocal_allowance_exceeded: 27
     conntrack_allowance_available: 418002
     queue_0_tx_bytes: 14818864210
     queue_0_rx_bytes: 9204471992`;
