/**
 * From what src/lib/ncclLog.ts found in a paste to a verdict, the quoted
 * lines, the likely causes (in order) and the notes on pitfalls.
 * Pure TypeScript; tests in ncclLog.test.ts.
 */
import {FACTS, efaErrorCode, familyHasGdr, type EfaErrorCode} from '../data/ncclFacts';
import {clean, type Cause, type Evidence, type EvidenceKind, type Hit, type LogReport, type Scan, type Verdict} from './ncclLog';

const MAX_QUOTES = 4;

const LINKS = {
  sockets: '/docs/guides/troubleshooting#nccl-sockets',
  fiInfo: '/docs/guides/troubleshooting#fi-info-no-efa',
  sg: '/docs/guides/troubleshooting#efa-egress-self-rule',
  scope: '/docs/guides/troubleshooting#efa-across-subnets',
  nccl: '/docs/efa#nccl',
  install: '/docs/guides/efa-cluster#install-software',
  proof: '/docs/guides/efa-cluster#nccl-proof',
  errors: '/docs/tools/diagnose#efa-errors',
} as const;

type Draft = {verdict: Verdict; title: string; reason: string; evidence: Evidence[]; causes: Cause[]; notes: string[]; capture: string[]};

function quote(hits: readonly Hit[], kind: EvidenceKind, why: string, max = MAX_QUOTES): Evidence[] {
  return hits.slice(0, max).map((h) => ({line: h.line, text: clean(h.raw), kind, why}));
}

function cause(id: string, seen: boolean, text: string, confirm: string, fix: string, link: string, fact?: Cause['fact']): Cause {
  return {id, seen, text, confirm, fix, link, fact};
}

/** Causes the paste points at first; the others keep their order. */
function ordered(causes: Cause[]): Cause[] {
  return [...causes.filter((c) => c.seen), ...causes.filter((c) => !c.seen)];
}

function unavailableCauses(s: Scan): Cause[] {
  return ordered([
    cause(
      'extra-verbs-devices',
      s.openFailed.length > 0,
      'Non-EFA verbs devices are visible (for example ConnectX NICs of the host inside a Kubernetes pod) and cannot be opened, which makes the efa provider give up on every device.',
      'Run ibv_devices and ls /sys/class/infiniband inside the container: every device should be an EFA device (rdmap…, efa_…). Libfabric warnings "ibv_open_device failed" point here.',
      'Hide the other RDMA devices from the container, or use a Libfabric release with the fix for this case.',
      LINKS.fiInfo,
      FACTS.minus61ExtraVerbs,
    ),
    cause(
      'container-devices',
      s.efaEmpty.length > 0 || s.fiInfoFail.length > 0,
      'The EFA devices are not passed into the container: /dev/infiniband/uverbs* is missing there.',
      'Inside the container run ls /dev/infiniband/ and fi_info -p efa -t FI_EP_RDM; on the host the same command works.',
      'Docker: add --device /dev/infiniband/uverbs0 (one per EFA) and --ulimit memlock=-1:-1. Kubernetes: request the vpc.amazonaws.com/efa resource from the EFA device plugin.',
      LINKS.fiInfo,
      FACTS.minus61,
    ),
    cause(
      'no-efa',
      false,
      'The instance has no EFA attached, or the EFA kernel driver is not loaded.',
      'On the host: lspci | grep -i efa and ls /sys/class/infiniband. An instance launched with only ENA interfaces shows nothing.',
      'Launch with an interface of type efa (or efa-only) on an EFA-capable type and install the EFA software with the installer.',
      LINKS.install,
    ),
  ]);
}

function notEfaCauses(s: Scan): Cause[] {
  const nonEfa = s.selected.some((x) => !/^efa\b/.test(x.provider));
  return ordered([
    cause(
      'plugin-missing',
      s.pluginMissing.length > 0 || (s.usingNetwork.length > 0 && s.selected.length === 0 && s.pluginFailed.length === 0),
      'NCCL did not find the aws-ofi-nccl plugin, so it never tried EFA.',
      'Look for "NET/OFI Initializing aws-ofi-nccl" in the log: it is missing. Check that the plugin library (libnccl-net.so, or libnccl-net-ofi.so in recent releases) is on LD_LIBRARY_PATH.',
      'Install the plugin (recent EFA installers include it) and put its lib directory on LD_LIBRARY_PATH of every rank.',
      LINKS.sockets,
      FACTS.pluginNeedsRdm,
    ),
    cause(
      'plugin-failed',
      s.pluginFailed.length > 0,
      'The plugin loaded but failed to initialise, usually because the efa provider found no EFA device.',
      'Run fi_info -p efa -t FI_EP_RDM where the job runs (inside the container if there is one).',
      'Make the EFA devices visible (container devices, EFA attached, driver loaded), then run again.',
      LINKS.fiInfo,
      FACTS.minus61,
    ),
    cause(
      'non-efa-provider',
      nonEfa,
      'The plugin picked a Libfabric provider other than efa (such as tcp), which runs over ordinary TCP.',
      'The line "Selected provider is …" names the provider. fi_info -p efa shows whether efa is available at all.',
      'Unset FI_PROVIDER or set it to efa, and make the EFA device visible to the job.',
      LINKS.sockets,
    ),
    cause(
      'no-gdr-registration',
      s.hmemFailed.length > 0,
      'Libfabric could not register CUDA memory with the EFA device (GPU peer-memory support missing), and NCCL fell back to sockets.',
      'Look for "Failed to register CUDA buffer with the EFA device" in the Libfabric warnings; check the NVIDIA driver and that the AMI is one that supports GPUDirect RDMA.',
      'Use an AMI with a matching NVIDIA driver and EFA software (for example a current Deep Learning AMI), then run again.',
      LINKS.nccl,
    ),
  ]);
}

/** Which EFA codes point at which cause of errorCauses (every code in EFA_ERROR_CODES has one; ncclLog.test.ts checks). */
export const ERROR_CAUSE_CODES = {
  memlock: [4112, 4105],
  'security-group': [4126, 4113, 15],
  'peer-gone': [4124, 4127, 13, 8, 9],
  'memory-registration': [5, 7],
  'receiver-not-ready': [10],
} as const satisfies Record<string, readonly number[]>;

function errorCauses(s: Scan, errors: EfaErrorCode[]): Cause[] {
  const codes = new Set(errors.map((e) => e.code));
  const seen = (id: keyof typeof ERROR_CAUSE_CODES) => ERROR_CAUSE_CODES[id].some((c) => codes.has(c));
  return ordered([
    cause(
      'memlock',
      s.memlock.length > 0 || seen('memlock'),
      'The locked-memory limit is too small for EFA memory registration (ENOMEM, -12).',
      'Run ulimit -l in the same environment as the job (inside the container): anything other than "unlimited" is suspect.',
      'Set memlock to unlimited: /etc/security/limits.conf on the host, --ulimit memlock=-1:-1 for Docker, the container runtime default for Kubernetes.',
      LINKS.errors,
      FACTS.memlock,
    ),
    cause(
      'security-group',
      seen('security-group'),
      'The peers cannot reach each other over EFA: the security group lacks the self-referencing rules, or the instances are outside the EFA traffic boundary.',
      'Check that the EFA security group allows all traffic inbound from itself and outbound to itself, and that all instances are in one Availability Zone and one VPC.',
      'Add both self-referencing rules (all protocols, all ports) and keep the peers together (one subnet is the safe choice).',
      LINKS.sg,
      FACTS.securityGroup,
    ),
    cause(
      'peer-gone',
      seen('peer-gone'),
      'A peer process exited or crashed (or the peer instance failed) while others still talk to it.',
      'Look at the logs of the other ranks for the first error; the local error is often only the consequence.',
      'Fix the first failure on the peer; check its EFA hw counters (unresponsive_remote_events) and system log.',
      LINKS.errors,
    ),
    cause(
      'memory-registration',
      seen('memory-registration'),
      "A transfer used a memory registration that was no longer valid: the peer's (7) or the local (5) buffer was deregistered, freed or closed with its endpoint while the transfer still used it, for example because that rank cancelled its transfers, failed or exited first.",
      'Find the rank that failed first (the Peer host id in the Libfabric line names the other instance) and read its log and Libfabric warnings (FI_LOG_LEVEL=warn) around the same time.',
      "Fix the first failure on that rank. If no rank failed, keep one current EFA software set (installer, Libfabric, aws-ofi-nccl) on every node and report it to aws-ofi-nccl with both ranks' logs.",
      LINKS.errors,
      FACTS.memoryRegistration,
    ),
    cause(
      'receiver-not-ready',
      seen('receiver-not-ready'),
      'A receiver had no receive buffer posted when data arrived (receiver not ready), and Libfabric did not retry because the application turned resource management off.',
      'Check whether the application asks Libfabric for FI_RM_DISABLED; look at what the receiving rank was doing (stalled, overloaded or exiting).',
      'Leave resource management to Libfabric (FI_RM_ENABLED, the default), which resends after a backoff; tune the backoff with FI_EFA_TIMEOUT_INTERVAL and FI_EFA_MAX_TIMEOUT.',
      LINKS.errors,
      FACTS.rnr,
    ),
    cause(
      'setup-or-version',
      s.errors.some((e) => e.code === undefined),
      'Endpoint or address set-up failed in the plugin: often mismatched Libfabric and plugin versions (built against one, run with another) or a resource limit.',
      'Compare "Using Libfabric version" with the version the plugin was built for, and look for Libfabric warnings just before the error (set FI_LOG_LEVEL=warn).',
      'Use one consistent EFA software set (installer, Libfabric, plugin) on every node and in every container.',
      LINKS.install,
    ),
  ]);
}

function gdrCauses(s: Scan): Cause[] {
  const platformNoGdr = s.env.platform ? familyHasGdr(s.env.platform) === false : false;
  return ordered([
    cause(
      'type-without-gdr',
      platformNoGdr,
      'The instance type has no GPUDirect RDMA over EFA, so this is expected.',
      'Check the instance type: only the P-series from p4d on have it.',
      'Nothing to fix on these types; for GPUDirect RDMA use p4d or later.',
      LINKS.nccl,
      FACTS.gdrTypes,
    ),
    cause(
      'gdr-disabled',
      false,
      'GPUDirect RDMA is turned off by configuration (for example NCCL_NET_GDR_LEVEL=0) or the GPU peer-memory path failed.',
      'Print the NCCL_* and FI_* variables of the job; look for "Failed to register CUDA buffer" warnings.',
      'Remove the override; on p4d and later keep the NVIDIA driver, CUDA and EFA software current.',
      LINKS.nccl,
      FACTS.gdrdmaSuffix,
    ),
  ]);
}

const CAPTURE = [
  'Run the job with NCCL_DEBUG=INFO (and FI_LOG_LEVEL=warn) and paste everything from the start up to the first collective.',
  'The decisive lines are "NET/OFI Selected provider is …", "Using network …" and the "Channel … via NET/…" lines.',
  'Or paste the output of fi_info -p efa -t FI_EP_RDM from where the job runs.',
];

function pitfallNotes(s: Scan, pluginPath: boolean): {notes: string[]; evidence: Evidence[]} {
  const notes: string[] = [];
  const evidence: Evidence[] = [];
  if (pluginPath && s.bootstrap.length > 0) {
    notes.push(FACTS.bootstrapSocket.text);
    evidence.push(...quote(s.bootstrap, 'pitfall', 'Bootstrap socket only: NCCL prints this even when data goes over EFA.', 1));
  }
  if (s.ringGdr0.length > 0 && s.channels.some((c) => c.gdr)) {
    notes.push(FACTS.gdrSummary.text);
    evidence.push(...quote(s.ringGdr0, 'pitfall', 'Summary flag, not the channel transport: the channels say /GDRDMA.', 1));
  }
  return {notes, evidence};
}

function decideEfa(s: Scan, pluginHits: Hit[]): Draft {
  const net = s.channels.filter((c) => /Libfabric/.test(c.net));
  const withGdr = net.filter((c) => c.gdr);
  const without = net.filter((c) => !c.gdr);
  const platformNoGdr = s.env.platform ? familyHasGdr(s.env.platform) === false : false;
  const total = s.channelCount.plugin;
  const gdrCount = s.channelCount.pluginGdr;
  const noGdr = (total > 0 && gdrCount === 0) || (total === 0 && platformNoGdr);
  const evidence = [
    ...quote(pluginHits, 'decisive', 'NCCL uses the Libfabric plugin (EFA) for data between nodes.', 2),
    ...quote(
      (noGdr ? without : withGdr).map((c) => c.hit),
      'decisive',
      noGdr ? 'Channel over EFA without /GDRDMA: GPU data goes through host memory.' : 'Channel over EFA with GPUDirect RDMA (/GDRDMA).',
      2,
    ),
  ];
  if (noGdr) {
    return {
      verdict: 'efa-no-gdr',
      title: 'NCCL uses EFA, without GPUDirect RDMA',
      reason: `The data between nodes goes over EFA (the Libfabric plugin), but ${total > 0 ? `none of the ${total} network channel line${total === 1 ? '' : 's'} ends in /GDRDMA` : 'this platform has no GPUDirect RDMA over EFA'}, so GPU buffers are copied through host memory.`,
      evidence,
      causes: gdrCauses(s),
      notes: [],
      capture: [],
    };
  }
  const mixed = gdrCount > 0 && gdrCount < total;
  return {
    verdict: 'efa',
    title: 'NCCL uses EFA',
    reason:
      total > 0
        ? `The data between nodes goes over EFA: ${total} network channel line${total === 1 ? '' : 's'} through the Libfabric plugin${gdrCount > 0 ? `, ${mixed ? `${gdrCount} of them` : 'all'} with GPUDirect RDMA (/GDRDMA)` : ''}.`
        : 'NCCL selected the Libfabric plugin on the efa provider. No channel lines are shown, so GPUDirect RDMA is not shown either.',
    evidence,
    causes: [],
    notes: mixed ? ['Some network channels use GPUDirect RDMA and some do not: check NCCL_NET_GDR_LEVEL and the GPU–NIC topology.'] : [],
    capture: total === 0 ? ['To see GPUDirect RDMA, include the "Channel … via NET/…" lines (printed at NCCL_DEBUG=INFO).'] : [],
  };
}

/** The verdict logic, in the order the issue tracker threads teach. */
export function decide(s: Scan): Draft {
  const pluginNet = s.usingNetwork.filter((u) => /Libfabric/.test(u.name)).map((u) => u.hit);
  const pluginChannels = s.channels.filter((c) => /Libfabric/.test(c.net)).map((c) => c.hit);
  const efaSelected = s.selected.filter((x) => /^efa\b/.test(x.provider)).map((x) => x.hit);
  const pluginPath = pluginNet.length + pluginChannels.length > 0;
  const nonEfa = s.selected.filter((x) => !/^efa\b/.test(x.provider)).map((x) => x.hit);
  const socketNet = [...s.usingNetwork.filter((u) => u.name === 'Socket').map((u) => u.hit), ...s.channels.filter((c) => c.net === 'Socket').map((c) => c.hit)];
  const errors = [...new Map(s.errors.filter((e) => e.code !== undefined).map((e) => [e.code, efaErrorCode(e.code ?? -1)])).values()].filter(
    (x): x is EfaErrorCode => Boolean(x),
  );

  if ((s.efaEmpty.length > 0 || s.openFailed.length > 0) && !pluginPath) {
    return {
      verdict: 'efa-unavailable',
      title: 'The efa provider found no EFA device',
      reason: `Libfabric's efa provider returned no device (fi_getinfo -61, "No data available" or an empty list)${socketNet.length > 0 ? ', so NCCL fell back to TCP sockets' : ''}. EFA cannot be used until the device is visible where the job runs.`,
      evidence: [
        ...quote(s.efaEmpty, 'decisive', 'The efa provider reports no usable device.'),
        ...quote(s.openFailed, 'supporting', 'A verbs device could not be opened: the provider gives up on all devices.', 2),
        ...quote(socketNet, 'supporting', 'Data path falls back to TCP sockets.', 1),
      ],
      causes: unavailableCauses(s),
      notes: [],
      capture: [],
    };
  }
  if (nonEfa.length > 0 && efaSelected.length === 0) {
    return {
      verdict: 'not-efa',
      title: 'NCCL is not using EFA',
      reason: 'The plugin selected a Libfabric provider other than efa, so traffic runs over ordinary TCP.',
      evidence: quote(nonEfa, 'decisive', 'A non-EFA Libfabric provider was selected.', 2),
      causes: notEfaCauses(s),
      notes: [],
      capture: [],
    };
  }
  const failing = s.errors.map((e) => e.hit);
  if (s.errors.length > 0 && (pluginPath || efaSelected.length > 0 || errors.length > 0)) {
    const named = errors.map((e) => `${e.code} (${e.meaning.replace(/\.$/, '')})`).join('; ');
    return {
      verdict: 'efa-error',
      title: 'EFA is in use, but the run fails',
      reason: `The job reached the EFA path, then ${named ? `EFA reported error ${named}` : 'the plugin reported failed operations'}${s.memlock.length > 0 ? ', with a memory-allocation failure (-12)' : ''}.`,
      evidence: [
        ...quote(failing, 'decisive', 'The failure on the EFA path.'),
        ...quote([...pluginNet, ...pluginChannels], 'supporting', 'Data goes over the Libfabric plugin.', 1),
      ],
      causes: errorCauses(s, errors),
      notes: [],
      capture: [],
    };
  }
  if (socketNet.length > 0 && !pluginPath) {
    return {
      verdict: 'not-efa',
      title: 'NCCL is not using EFA',
      reason: 'NCCL moves data between nodes over TCP sockets ("Using network Socket" or channels "via NET/Socket").',
      evidence: [
        ...quote(socketNet, 'decisive', 'The data path is TCP sockets.', 2),
        ...quote(s.pluginFailed, 'supporting', 'Why: the plugin failed.', 2),
        ...quote(s.hmemFailed, 'supporting', 'CUDA memory could not be registered with EFA.', 1),
      ],
      causes: notEfaCauses(s),
      notes: [],
      capture: [],
    };
  }
  if ((s.pluginFailed.length > 0 || s.pluginMissing.length > 0) && !pluginPath) {
    return {
      verdict: 'not-efa',
      title: 'NCCL is not using EFA',
      reason: 'The aws-ofi-nccl plugin is missing or failed to initialise, so NCCL cannot use EFA (it falls back to sockets or stops).',
      evidence: quote([...s.pluginFailed, ...s.pluginMissing], 'decisive', 'The plugin is not available to NCCL.'),
      causes: notEfaCauses(s),
      notes: [],
      capture: [],
    };
  }
  if (pluginPath || efaSelected.length > 0) {
    return decideEfa(s, [...efaSelected, ...pluginNet]);
  }
  return decideFiInfo(s);
}

function decideFiInfo(s: Scan): Draft {
  const efaRdm = s.fiInfoProviders.filter((p) => p.provider === 'efa' && p.type === 'FI_EP_RDM');
  if (efaRdm.length > 0) {
    const fabrics = [...new Set(efaRdm.map((p) => p.fabric).filter(Boolean))];
    if (fabrics.some((f) => f === 'efa-direct')) s.env.fabric ??= 'efa-direct';
    return {
      verdict: 'fi-info-ok',
      title: 'fi_info lists the efa provider with FI_EP_RDM',
      reason: `Libfabric sees ${efaRdm.length} EFA RDM endpoint entr${efaRdm.length === 1 ? 'y' : 'ies'}, which is what aws-ofi-nccl needs. Next, prove that NCCL uses it: run a two-node NCCL test with NCCL_DEBUG=INFO and paste it here.`,
      evidence: quote(
        efaRdm.map((p) => p.hit),
        'decisive',
        'efa provider, reliable datagram endpoint.',
        2,
      ),
      causes: [],
      notes: [],
      capture: [],
    };
  }
  if (s.fiInfoFail.length > 0 || s.fiInfoCmd.length > 0 || s.fiInfoProviders.length > 0) {
    return {
      verdict: 'fi-info-failed',
      title: 'fi_info does not list the efa provider',
      reason: 'fi_info found no efa provider with FI_EP_RDM (-61 means "No data available"): Libfabric cannot see an EFA device here.',
      evidence: [
        ...quote(s.fiInfoFail, 'decisive', '-61: no EFA device for the efa provider.', 2),
        ...quote(s.fiInfoCmd, 'supporting', 'The command that was run.', 1),
        ...quote(
          s.fiInfoProviders.map((p) => p.hit),
          'supporting',
          'Providers listed, none of them efa with FI_EP_RDM.',
          2,
        ),
      ],
      causes: unavailableCauses(s),
      notes: [],
      capture: [],
    };
  }
  return {
    verdict: 'unknown',
    title: 'Not enough to decide',
    reason:
      s.recognised > 0
        ? 'Some NCCL or Libfabric lines were recognised, but none that shows which network NCCL uses.'
        : 'No NCCL, Libfabric or fi_info lines were recognised in the paste.',
    evidence: [],
    causes: [],
    notes: [],
    capture: CAPTURE,
  };
}

export function buildReport(s: Scan, inputNotice?: string): LogReport {
  const d = decide(s);
  const pluginPath = s.usingNetwork.some((u) => /Libfabric/.test(u.name)) || s.channels.some((c) => /Libfabric/.test(c.net));
  const p = pitfallNotes(s, pluginPath);
  const errors = [...new Set(s.errors.map((e) => e.code).filter((c): c is number => c !== undefined))]
    .map((c) => efaErrorCode(c))
    .filter((x): x is EfaErrorCode => Boolean(x));
  const evidence = [...d.evidence, ...p.evidence].sort((a, b) => a.line - b.line);
  return {
    verdict: d.verdict,
    title: d.title,
    reason: d.reason,
    evidence,
    causes: d.causes,
    env: s.env,
    notes: [...d.notes, ...p.notes],
    errors,
    capture: d.capture,
    inputNotice,
    lineCount: s.lines,
  };
}
