/**
 * Step model of one message sent on the kernel path (ENA, or EFA used through
 * sockets) and on EFA's OS-bypass path: the boxes each path is drawn with,
 * which layer (user space, kernel, hardware/network) each step happens in,
 * and where the data crosses the user/kernel boundary.
 *
 * Pure data and logic (no React); the SVG view is
 * src/components/OsBypassDiagram. Facts: /docs/reference/sources.
 */

export type Layer = 'user' | 'kernel' | 'hardware';
export type PathId = 'kernel' | 'bypass';
export type View = 'both' | 'kernel' | 'bypass';

export const VIEWS: readonly View[] = ['both', 'kernel', 'bypass'];
export const VIEW_LABELS: Record<View, string> = {
  both: 'Side by side',
  kernel: 'Kernel path',
  bypass: 'OS-bypass path',
};

export const LAYERS: readonly {id: Layer; label: string}[] = [
  {id: 'user', label: 'User space'},
  {id: 'kernel', label: 'Kernel'},
  {id: 'hardware', label: 'Hardware and network'},
];

export type DiagramNode = {
  id: string;
  layer: Layer;
  /** Text lines drawn in the box. */
  label: readonly string[];
};

export type Step = {
  /** Short name of the phase; the same index means the same phase on both paths. */
  phase: string;
  /** Boxes highlighted during this step. */
  nodes: readonly string[];
  layer: Layer;
  text: string;
  /** The message's data crosses the user/kernel boundary in this step. */
  crossesBoundary: boolean;
  /** The step happens once at start-up, not for every message. */
  setup?: boolean;
  sources: readonly string[];
};

export type PathModel = {
  id: PathId;
  title: string;
  subtitle: string;
  nodes: readonly DiagramNode[];
  steps: readonly Step[];
};

const SRC = {
  efa: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa.html',
  efaDriver: 'https://github.com/amzn/amzn-drivers/blob/master/kernel/linux/efa/README',
  enaDriver: 'https://github.com/amzn/amzn-drivers/blob/master/kernel/linux/ena/README.rst',
  enhanced: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/enhanced-networking.html',
  fiEfa: 'https://github.com/ofiwg/libfabric/blob/main/man/fi_efa.7.md',
  ofiNccl: 'https://github.com/aws/aws-ofi-nccl/blob/master/README.md',
} as const;

export const KERNEL_PATH: PathModel = {
  id: 'kernel',
  title: 'Kernel path',
  subtitle: 'ENA, or EFA used through sockets',
  nodes: [
    {id: 'k-app', layer: 'user', label: ['Application']},
    {id: 'k-sockets', layer: 'user', label: ['Sockets API', '(MPI or NCCL over TCP, or any app)']},
    {id: 'k-syscall', layer: 'kernel', label: ['System call: send() / recv()', 'copy + switch to kernel mode']},
    {id: 'k-tcpip', layer: 'kernel', label: ['Kernel TCP/IP stack']},
    {id: 'k-driver', layer: 'kernel', label: ['ENA driver']},
    {id: 'k-device', layer: 'hardware', label: ['ENA device', '(SR-IOV virtual function)']},
    {id: 'k-network', layer: 'hardware', label: ['VPC network (IP, routable)']},
  ],
  steps: [
    {
      phase: 'Set-up',
      nodes: ['k-syscall'],
      layer: 'kernel',
      setup: true,
      crossesBoundary: false,
      text: 'Once, at start-up: the application opens and connects a TCP socket with system calls. The kernel owns the socket buffers and the ENA driver owns the device queues.',
      sources: [SRC.enaDriver],
    },
    {
      phase: 'The application sends',
      nodes: ['k-app'],
      layer: 'user',
      crossesBoundary: false,
      text: 'The application has a message in its own memory and asks to send it.',
      sources: [SRC.enhanced],
    },
    {
      phase: 'The communication library',
      nodes: ['k-sockets'],
      layer: 'user',
      crossesBoundary: false,
      text: 'Ordinary software, or MPI and NCCL using their TCP socket transport, hands the message to the sockets API, which calls send().',
      sources: [SRC.efa],
    },
    {
      phase: 'Entering the data path',
      nodes: ['k-syscall'],
      layer: 'kernel',
      crossesBoundary: true,
      text: 'send() is a system call: the CPU switches from user mode to kernel mode and the kernel copies the message from the application’s buffer into kernel socket buffers. The data has crossed the user/kernel boundary.',
      sources: [SRC.enhanced],
    },
    {
      phase: 'The transport protocol',
      nodes: ['k-tcpip'],
      layer: 'kernel',
      crossesBoundary: false,
      text: 'The kernel TCP/IP stack splits the data into segments, adds TCP and IP headers and keeps state for retransmission and congestion control.',
      sources: [SRC.enhanced],
    },
    {
      phase: 'Device and network',
      nodes: ['k-driver'],
      layer: 'kernel',
      crossesBoundary: false,
      text: 'The ENA driver puts the packets on one of the device’s transmit queues (in Low-Latency Queue mode it pushes descriptors and headers straight into device memory); the device reads the rest by DMA.',
      sources: [SRC.enaDriver],
    },
    {
      phase: 'Completion',
      nodes: ['k-device', 'k-network'],
      layer: 'hardware',
      crossesBoundary: false,
      text: 'The ENA device, an SR-IOV virtual function, sends the packets on the VPC network as ordinary, routable IP traffic. When it is done it raises an MSI-X interrupt and the driver frees the buffers.',
      sources: [SRC.enhanced, SRC.enaDriver],
    },
    {
      phase: 'At the receiver',
      nodes: ['k-syscall', 'k-app'],
      layer: 'kernel',
      crossesBoundary: true,
      text: 'On the receiving instance the device raises an interrupt, the kernel stack processes the packets, and recv(), another system call, copies the data into the application’s buffer: a second crossing of the boundary.',
      sources: [SRC.enaDriver],
    },
  ],
};

export const BYPASS_PATH: PathModel = {
  id: 'bypass',
  title: 'OS-bypass path',
  subtitle: 'EFA through Libfabric',
  nodes: [
    {id: 'b-app', layer: 'user', label: ['Application']},
    {id: 'b-mpi', layer: 'user', label: ['MPI (Open MPI, Intel MPI)', 'or NCCL + aws-ofi-nccl']},
    {id: 'b-libfabric', layer: 'user', label: ['Libfabric efa provider', '+ rdma-core EFA provider']},
    {id: 'b-driver', layer: 'kernel', label: ['EFA kernel driver', 'set-up only: memory', 'registration, queues']},
    {id: 'b-device', layer: 'hardware', label: ['EFA device']},
    {id: 'b-network', layer: 'hardware', label: ['SRD on the AWS network', '(not routable)']},
  ],
  steps: [
    {
      phase: 'Set-up',
      nodes: ['b-libfabric', 'b-driver'],
      layer: 'kernel',
      setup: true,
      crossesBoundary: false,
      text: 'Once, at start-up: Libfabric’s efa provider, through rdma-core, asks the EFA kernel driver to register the application’s buffers and create send, receive and completion queues. These are the only calls into the kernel.',
      sources: [SRC.efaDriver, SRC.fiEfa],
    },
    {
      phase: 'The application sends',
      nodes: ['b-app'],
      layer: 'user',
      crossesBoundary: false,
      text: 'The application has a message in a buffer that was registered at set-up and asks to send it.',
      sources: [SRC.efa],
    },
    {
      phase: 'The communication library',
      nodes: ['b-mpi'],
      layer: 'user',
      crossesBoundary: false,
      text: 'MPI (Open MPI or Intel MPI) or NCCL, through the aws-ofi-nccl plugin, turns the send into a Libfabric call on a reliable (FI_EP_RDM) endpoint.',
      sources: [SRC.ofiNccl, SRC.fiEfa],
    },
    {
      phase: 'Entering the data path',
      nodes: ['b-libfabric'],
      layer: 'user',
      crossesBoundary: false,
      text: 'The efa provider writes a work request straight into the device’s send queue, which is mapped into the process, and rings the device’s doorbell. No system call, no context switch, no copy into the kernel.',
      sources: [SRC.efa, SRC.efaDriver],
    },
    {
      phase: 'The transport protocol',
      nodes: ['b-device'],
      layer: 'hardware',
      crossesBoundary: false,
      text: 'The EFA device reads the message from the application’s registered buffer by DMA. Reliability is handled by SRD on the Nitro card, not by a kernel protocol stack.',
      sources: [SRC.efaDriver],
    },
    {
      phase: 'Device and network',
      nodes: ['b-network'],
      layer: 'hardware',
      crossesBoundary: false,
      text: 'SRD (Scalable Reliable Datagram) sprays the packets over many network paths and delivers them reliably but not necessarily in order. This traffic is not routable.',
      sources: [SRC.efaDriver, SRC.efa],
    },
    {
      phase: 'Completion',
      nodes: ['b-libfabric'],
      layer: 'user',
      crossesBoundary: false,
      text: 'The device writes a completion entry into a completion queue in the process’s memory; Libfabric reads it from user space, so the sender learns the send finished without an interrupt or system call.',
      sources: [SRC.fiEfa],
    },
    {
      phase: 'At the receiver',
      nodes: ['b-app'],
      layer: 'user',
      crossesBoundary: false,
      text: 'On the receiving instance the EFA device places the data in a buffer the application registered and posts a completion, read in user space. The data never passed through either kernel.',
      sources: [SRC.efa],
    },
  ],
};

export const PATHS: Record<PathId, PathModel> = {kernel: KERNEL_PATH, bypass: BYPASS_PATH};
export const PATH_IDS: readonly PathId[] = ['kernel', 'bypass'];

/** Both paths have one step per phase, so side by side they move together. */
export const STEP_COUNT = KERNEL_PATH.steps.length;

/** Paths drawn in a view. */
export function visiblePaths(view: View): PathId[] {
  return view === 'both' ? ['kernel', 'bypass'] : [view];
}

/** Step numbers are 1-based, as in the URL (`?step=3`). */
export function clampStep(step: number): number {
  if (!Number.isFinite(step)) return 1;
  return Math.min(STEP_COUNT, Math.max(1, Math.trunc(step)));
}

export function nextStep(step: number): number {
  return clampStep(step + 1);
}

export function previousStep(step: number): number {
  return clampStep(step - 1);
}

/** The next step while playing: wraps round to the first after the last. */
export function playStep(step: number): number {
  return step >= STEP_COUNT ? 1 : clampStep(step + 1);
}

export function stepOf(path: PathId, step: number): Step {
  const s = PATHS[path].steps[clampStep(step) - 1];
  if (!s) throw new Error(`${path} path has no step ${step}`);
  return s;
}

/** How often the message's data has crossed the user/kernel boundary on a path up to and including `step`. */
export function crossingsUpTo(path: PathId, step: number): number {
  return PATHS[path].steps.slice(0, clampStep(step)).filter((s) => s.crossesBoundary).length;
}

export function totalCrossings(path: PathId): number {
  return crossingsUpTo(path, STEP_COUNT);
}

/** Layers highlighted in a view at a step. */
export function activeLayers(view: View, step: number): Layer[] {
  return [...new Set(visiblePaths(view).map((p) => stepOf(p, step).layer))];
}

export function layerLabel(layer: Layer): string {
  return LAYERS.find((l) => l.id === layer)!.label;
}

/** The sentence(s) announced in the live region for a view and step. */
export function announcement(view: View, step: number): string {
  const s = clampStep(step);
  const head = `Step ${s} of ${STEP_COUNT}: ${stepOf('kernel', s).phase}.`;
  const parts = visiblePaths(view).map((p) => {
    const st = stepOf(p, s);
    const prefix = view === 'both' ? `${PATHS[p].title}, ${layerLabel(st.layer).toLowerCase()}: ` : `${layerLabel(st.layer)}: `;
    return `${prefix}${st.text}`;
  });
  return [head, ...parts].join(' ');
}
