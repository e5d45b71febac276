/**
 * The layers of the EFA software stack, top to bottom, as drawn by
 * src/components/EfaSoftwareStack. Pure data: every entry has a glossary
 * anchor (an existing ID in docs/reference/glossary.mdx) and a source.
 */

export type StackMode = 'efa' | 'efa-only';
export type Space = 'user' | 'kernel' | 'hardware';

export type StackItem = {
  id: string;
  name: string;
  /** One or two sentences: what this layer is. */
  what: string;
  /** Anchor in /docs/reference/glossary. */
  glossary: string;
  glossaryLabel: string;
  source: string;
};

export type StackRow = {space: Space; items: readonly StackItem[]};

const EFA_DOC = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa.html';
const EFA_DRIVER = 'https://github.com/amzn/amzn-drivers/blob/master/kernel/linux/efa/README';

/** The OS-bypass stack, top row first. */
export const STACK_ROWS: readonly StackRow[] = [
  {
    space: 'user',
    items: [
      {
        id: 'apps',
        name: 'Applications',
        what: 'HPC and machine-learning jobs. Only software written to Libfabric, directly or through MPI or NCCL, takes the OS-bypass path; ordinary TCP and UDP traffic does not.',
        glossary: 'os-bypass',
        glossaryLabel: 'OS-bypass',
        source: EFA_DOC,
      },
    ],
  },
  {
    space: 'user',
    items: [
      {
        id: 'mpi',
        name: 'MPI (Open MPI, Intel MPI)',
        what: 'Message Passing Interface libraries for tightly coupled HPC jobs. The EFA installer ships Open MPI; Intel MPI is installed separately and can bring its own Libfabric.',
        glossary: 'mpi',
        glossaryLabel: 'MPI',
        source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa-start.html',
      },
      {
        id: 'nccl',
        name: 'NCCL + aws-ofi-nccl',
        what: 'NVIDIA’s collective-communication library for GPU training reaches EFA through the aws-ofi-nccl plugin, which maps NCCL’s connection-oriented transport onto Libfabric’s reliable datagram endpoints.',
        glossary: 'aws-ofi-nccl',
        glossaryLabel: 'aws-ofi-nccl',
        source: 'https://github.com/aws/aws-ofi-nccl/blob/master/README.md',
      },
      {
        id: 'other',
        name: 'Other Libfabric users',
        what: 'Any other software written to the Libfabric API can use the efa provider in the same way.',
        glossary: 'libfabric',
        glossaryLabel: 'Libfabric',
        source: EFA_DOC,
      },
    ],
  },
  {
    space: 'user',
    items: [
      {
        id: 'libfabric',
        name: 'Libfabric, efa provider',
        what: 'Libfabric is the user-space API of the OpenFabrics Interfaces. Its efa provider drives the EFA device and offers reliable (FI_EP_RDM, over SRD) and datagram (FI_EP_DGRAM) endpoints.',
        glossary: 'libfabric',
        glossaryLabel: 'Libfabric',
        source: 'https://github.com/ofiwg/libfabric/blob/main/man/fi_efa.7.md',
      },
    ],
  },
  {
    space: 'user',
    items: [
      {
        id: 'rdma-core',
        name: 'rdma-core EFA provider (user space)',
        what: 'The user-space verbs library for the EFA device, from rdma-core. Libfabric goes through it to post work to the device’s queues directly.',
        glossary: 'rdma-core',
        glossaryLabel: 'rdma-core',
        source: EFA_DRIVER,
      },
    ],
  },
  {
    space: 'kernel',
    items: [
      {
        id: 'efa-driver',
        name: 'EFA kernel driver (set-up only)',
        what: 'An RDMA (InfiniBand verbs) driver. It is used for set-up such as memory registration and queue creation; message data does not pass through it.',
        glossary: 'os-bypass',
        glossaryLabel: 'OS-bypass',
        source: EFA_DRIVER,
      },
    ],
  },
  {
    space: 'hardware',
    items: [
      {
        id: 'efa-device',
        name: 'EFA device',
        what: 'The network device that user space reaches directly. Its OS-bypass traffic uses SRD, AWS’s reliable, multipath transport, and is not routable.',
        glossary: 'efa',
        glossaryLabel: 'EFA',
        source: EFA_DOC,
      },
    ],
  },
];

/** The ordinary-IP side column: present on `efa` interfaces, absent on `efa-only`. */
export const ENA_SIDE: readonly StackItem[] = [
  {
    id: 'tcpip',
    name: 'Kernel TCP/IP stack',
    what: 'Ordinary IP traffic (SSH, storage, everything that uses sockets) goes through the kernel as on any ENI.',
    glossary: 'ena',
    glossaryLabel: 'ENA',
    source: EFA_DOC,
  },
  {
    id: 'ena-device',
    name: 'ENA device',
    what: 'An efa interface is also an ENA, with an IP address, for ordinary traffic. An efa-only interface has no ENA device and no IP address.',
    glossary: 'efa-only',
    glossaryLabel: 'efa-only interface',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-efa.html',
  },
];

export const SRD_ITEM: StackItem = {
  id: 'srd',
  name: 'SRD on the AWS network',
  what: 'Scalable Reliable Datagram: AWS’s transport on the Nitro card. Reliable, but packets may arrive out of order because they are sprayed over many paths.',
  glossary: 'srd',
  glossaryLabel: 'SRD',
  source: EFA_DRIVER,
};

export const ALL_ITEMS: readonly StackItem[] = [...STACK_ROWS.flatMap((r) => r.items), ...ENA_SIDE, SRD_ITEM];

export function itemById(id: string): StackItem | undefined {
  return ALL_ITEMS.find((i) => i.id === id);
}

/** Whether the ordinary-IP side (ENA device + kernel TCP/IP) exists for an interface type. */
export function hasEnaSide(mode: StackMode): boolean {
  return mode === 'efa';
}
