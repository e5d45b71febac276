/**
 * Knowledge-check questions, in the style of the AWS architect and networking
 * exams. Every explanation links to the section of this site that teaches the
 * point; tests/unit/quiz.test.ts checks that each link's page and {#id}
 * anchor exist. Interface rules follow src/data/networkRules.ts, the module the
 * tools read; explanations name no internal fact codes (tests/unit/contentQuiz.test.ts).
 */
import type {QuizQuestion} from '../lib/quiz';

export const QUIZ: readonly QuizQuestion[] = [
  {
    id: 'eni-failover-mac',
    topic: 'eni',
    prompt:
      'A licence server validates its licence against the MAC address of its network interface. If the instance fails, operations wants a standby instance in the same Availability Zone to take over within minutes, with no DNS or route-table change. What should the architect do?',
    options: [
      {id: 'a', text: 'Give the licence server an Elastic IP and move the Elastic IP to the standby on failure.'},
      {id: 'b', text: 'Attach a secondary network interface that carries the service address and licence, and move that interface to the standby on failure.'},
      {id: 'c', text: 'Create an AMI of the server every hour and launch it in another Availability Zone on failure.'},
      {id: 'd', text: 'Detach the primary network interface (eth0) and attach it to the standby.'},
    ],
    correct: ['b'],
    explanation:
      'A network interface keeps its private IPs, Elastic IPs and MAC address when it moves to another instance in the same Availability Zone, so MAC-bound software and clients keep working. An Elastic IP alone does not carry the MAC, and the primary interface can never be detached.',
    links: [
      {to: '/docs/eni#failover', label: 'ENI: failover by moving an interface'},
      {to: '/docs/guides/attach-eni#failover', label: 'Guide: move the interface to a standby'},
    ],
  },
  {
    id: 'eni-other-az',
    topic: 'eni',
    prompt:
      'An engineer created a network interface in a subnet of us-east-1a and now tries to attach it to an instance in us-east-1b. The call fails. What is the right fix?',
    options: [
      {id: 'a', text: 'Move the network interface to a subnet in us-east-1b with modify-network-interface-attribute.'},
      {id: 'b', text: 'Create a new network interface in a subnet of us-east-1b and attach that one.'},
      {id: 'c', text: 'Stop the instance first; warm attach works across Availability Zones.'},
      {id: 'd', text: 'Peer the two subnets, then retry the attachment.'},
    ],
    correct: ['b'],
    explanation:
      'A network interface belongs to one subnet and therefore one Availability Zone, and it can only be attached to instances in that zone. It cannot be moved to another subnet; create a new one where the instance is.',
    links: [
      {to: '/docs/eni#attach-detach', label: 'ENI: hot, warm and cold attach'},
      {to: '/docs/guides/attach-eni#plan', label: 'Guide: plan the subnet'},
    ],
  },
  {
    id: 'eni-more-bandwidth',
    topic: 'eni',
    prompt:
      'A single-card instance is at its network bandwidth limit. A colleague suggests attaching two more network interfaces and spreading traffic over them to triple the throughput. What happens?',
    options: [
      {id: 'a', text: 'Throughput triples, because each interface has its own bandwidth allowance.'},
      {id: 'b', text: 'Throughput stays the same: bandwidth is an allowance of the instance, and extra interfaces do not add to it.'},
      {id: 'c', text: 'Throughput doubles, because the primary interface is reserved for management traffic.'},
      {id: 'd', text: 'The attachment fails, because bandwidth-limited instances accept only one interface.'},
    ],
    correct: ['b'],
    explanation:
      'AWS states that adding network interfaces does not raise an instance’s bandwidth. Only multi-card instance types get more aggregate bandwidth, and that comes from the cards. Choose a larger size or a type with more bandwidth instead.',
    links: [
      {to: '/docs/ena#bandwidth', label: 'ENA: bandwidth'},
      {to: '/docs/eni#network-cards', label: 'ENI: network cards'},
    ],
  },
  {
    id: 'eni-nat-instance',
    topic: 'eni',
    prompt:
      'A self-managed NAT instance receives packets from private subnets but never forwards them, although routes and security groups are correct. What is the most likely missing setting?',
    options: [
      {id: 'a', text: 'Enhanced networking is off on the NAT instance.'},
      {id: 'b', text: 'Source/destination checking is still on for the NAT instance’s network interface.'},
      {id: 'c', text: 'The NAT instance needs a second network interface in each private subnet.'},
      {id: 'd', text: 'The private subnets need an Elastic IP each.'},
    ],
    correct: ['b'],
    explanation:
      'Source/destination checking is on by default and drops traffic that is neither from nor to the interface’s own addresses. NAT, routing and firewall instances must turn it off.',
    links: [
      {to: '/docs/eni#source-dest-check', label: 'ENI: source/destination check'},
      {to: '/docs/guides/attach-eni#source-dest-check', label: 'Guide: turn the check off'},
    ],
  },
  {
    id: 'eni-management-network',
    topic: 'eni',
    prompt:
      'Web servers must accept HTTPS from the internet on one interface, while SSH must only be reachable from an administration subnet with its own, stricter security group. Which design fits best?',
    options: [
      {id: 'a', text: 'One interface with two security groups, one for HTTPS and one for SSH.'},
      {id: 'b', text: 'A secondary network interface in a restricted subnet of the same Availability Zone, with its own security group for SSH.'},
      {id: 'c', text: 'An EFA interface for SSH, because OS-bypass traffic cannot be reached from the internet.'},
      {id: 'd', text: 'A second instance acting as a NAT for SSH.'},
    ],
    correct: ['b'],
    explanation:
      'A management network is one of the use cases AWS lists for several interfaces: the primary takes public traffic and a secondary interface in a more restricted subnet, with its own security group, takes administration traffic.',
    links: [
      {to: '/docs/eni#use-cases', label: 'ENI: use cases'},
      {to: '/docs/guides/attach-eni#what-you-build', label: 'Guide: a management interface'},
    ],
  },
  {
    id: 'eni-hot-attach-os',
    topic: 'eni',
    prompt:
      'After hot-attaching a secondary network interface to a running Ubuntu instance, the console shows the interface as attached, but the OS has no address on it and replies go out of eth0. What is the cause?',
    options: [
      {id: 'a', text: 'Hot attach is not supported for Ubuntu; the instance must be stopped first.'},
      {
        id: 'b',
        text: 'The guest OS has to configure the new interface (address and, usually, a routing rule per interface); only some images do that automatically.',
      },
      {id: 'c', text: 'The interface is in the wrong Availability Zone.'},
      {id: 'd', text: 'Source/destination check must be turned off on every secondary interface.'},
    ],
    correct: ['b'],
    explanation:
      'EC2 attaches the device, but the operating system decides whether to bring it up, take an address and add routes. Amazon Linux and Windows Server do this for you; other distributions may need configuration, and a second interface in the same subnet can cause asymmetric routing.',
    links: [
      {to: '/docs/guides/attach-eni#os-config', label: 'Guide: configure the OS after a hot attach'},
      {to: '/docs/guides/troubleshooting#eni-no-traffic', label: 'Troubleshooting: new interface gets no traffic'},
    ],
  },
  {
    id: 'ena-required-ami',
    topic: 'ena',
    prompt:
      'Launching a current-generation (Nitro) instance from an old in-house AMI fails with an error saying that enhanced networking with ENA is required. What fixes it permanently?',
    options: [
      {id: 'a', text: 'Launch the instance, then run modify-instance-attribute --ena-support on it.'},
      {
        id: 'b',
        text: 'Install the ENA driver in the image, then create an AMI whose EnaSupport attribute is true (from an instance with ENA turned on, or with register-image --ena-support).',
      },
      {id: 'c', text: 'Attach an EFA interface, which includes ENA.'},
      {id: 'd', text: 'Choose a different subnet; ENA is set per subnet.'},
    ],
    correct: ['b'],
    explanation:
      'Nitro types report EnaSupport "required": the AMI must carry the ENA flag, and the OS must have the driver, or the instance would boot without a network. The instance cannot be launched in the first place, so there is nothing to modify afterwards.',
    links: [
      {to: '/docs/ena#ena-support-values', label: 'ENA: required, supported, unsupported'},
      {to: '/docs/guides/enable-ena#enable-on-ami', label: 'Guide: enable ENA on an AMI'},
      {to: '/docs/guides/troubleshooting#ena-required', label: 'Troubleshooting: ENA is required'},
    ],
  },
  {
    id: 'ena-driver-vif',
    topic: 'ena',
    prompt: 'On an older Xen-based instance, "ethtool -i eth0" prints "driver: vif". What does this tell you?',
    options: [
      {id: 'a', text: 'The instance uses ENA through a virtual interface; everything is fine.'},
      {id: 'b', text: 'Enhanced networking is not in use: the interface is the paravirtual network device.'},
      {id: 'c', text: 'The interface is an EFA running in kernel mode.'},
      {id: 'd', text: 'The instance uses the Intel 82599 Virtual Function.'},
    ],
    correct: ['b'],
    explanation:
      '"driver: ena" means enhanced networking with ENA; "driver: vif" is the paravirtual netfront device of Xen instances without enhanced networking. The Intel VF shows "ixgbevf".',
    links: [
      {to: '/docs/ena#check', label: 'ENA: check that ENA is in use'},
      {to: '/docs/guides/troubleshooting#driver-vif', label: 'Troubleshooting: driver: vif'},
    ],
  },
  {
    id: 'ena-unreachable',
    topic: 'ena',
    prompt:
      'An administrator turned on the ENA attribute of a stopped instance whose OS had no ENA driver. After starting it, the instance is unreachable. What is the quickest safe recovery?',
    options: [
      {id: 'a', text: 'Reboot the instance from the console until the driver loads.'},
      {id: 'b', text: 'Stop the instance, turn the attribute off (--no-ena-support), start it, install the driver, then turn ENA on again while stopped.'},
      {id: 'c', text: 'Attach a second network interface; it will not use ENA.'},
      {id: 'd', text: 'Turn off source/destination checking.'},
    ],
    correct: ['b'],
    explanation:
      'Turning on the attribute without a driver in the OS can make the instance unreachable. Revert the attribute while stopped, install and check the driver, and only then enable it again. On a type whose EnaSupport is "required" the revert is not possible; recover the volume on another instance instead.',
    links: [
      {to: '/docs/guides/troubleshooting#unreachable-after-ena', label: 'Troubleshooting: unreachable after enabling ENA'},
      {to: '/docs/guides/enable-ena#enable-on-instance', label: 'Guide: enable ENA on a stopped instance'},
    ],
  },
  {
    id: 'ena-pps-small-packets',
    topic: 'ena',
    prompt:
      'A UDP telemetry collector receives many tiny packets. Throughput is far below the instance’s bandwidth, yet packets are dropped and pps_allowance_exceeded keeps rising in ethtool -S. Which action addresses the cause?',
    options: [
      {id: 'a', text: 'Attach more network interfaces to spread the packets.'},
      {id: 'b', text: 'Batch messages into fewer, larger packets, or move to a larger instance size with a higher packet allowance.'},
      {id: 'c', text: 'Turn on ENA Express for UDP.'},
      {id: 'd', text: 'Increase the security group rule count.'},
    ],
    correct: ['b'],
    explanation:
      'Instances have a packets-per-second allowance besides their bandwidth, and small packets reach it first. The allowance belongs to the instance, not to an interface, so extra interfaces do not help.',
    links: [
      {to: '/docs/ena#pps', label: 'ENA: packets per second'},
      {to: '/docs/guides/troubleshooting#throughput-capped', label: 'Troubleshooting: throughput or PPS capped'},
    ],
  },
  {
    id: 'ena-linklocal-dns',
    topic: 'ena',
    prompt:
      'A busy crawler resolves a new host name for each request through the VPC resolver. Some lookups time out and linklocal_allowance_exceeded grows. What is the best fix?',
    options: [
      {id: 'a', text: 'Ask AWS Support to raise the Route 53 Resolver packet limit for the interface.'},
      {id: 'b', text: 'Run a caching DNS resolver on the instance so repeated lookups do not reach the VPC resolver.'},
      {id: 'c', text: 'Turn off source/destination checking.'},
      {id: 'd', text: 'Place the instance in a cluster placement group.'},
    ],
    correct: ['b'],
    explanation:
      'Traffic to link-local services (DNS, instance metadata, Time Sync) has its own allowance; DNS to the VPC resolver is limited to 1,024 packets per second per interface and the limit cannot be raised (DRV12, BW6; VPC quotas page, 2023 text). Caching cuts the packet rate.',
    links: [
      {to: '/docs/guides/troubleshooting#linklocal-drops', label: 'Troubleshooting: DNS or metadata drops'},
      {to: '/docs/ena#allowance-counters', label: 'ENA: allowance counters'},
    ],
  },
  {
    id: 'ena-single-flow',
    topic: 'ena',
    prompt:
      'Two 100 Gbps instances in the same cluster placement group copy one large file over a single TCP connection and get about 10 Gbps. What explains it, and what raises the rate?',
    options: [
      {
        id: 'a',
        text: 'A single flow is limited (10 Gbps inside a cluster placement group per the EC2 docs as of 2023); use several parallel flows, or ENA Express for up to 25 Gbps per flow.',
      },
      {id: 'b', text: 'The instances need a second network card.'},
      {id: 'c', text: 'The placement group limits all traffic to 10 Gbps; remove it.'},
      {id: 'd', text: 'The file system is the bottleneck; networking cannot be the cause.'},
    ],
    correct: ['a'],
    explanation:
      'One flow (5-tuple) is limited to 5 Gbps outside and 10 Gbps inside a cluster placement group; the instance figure needs several flows. ENA Express raises the single-flow limit to 25 Gbps between supported instances.',
    links: [
      {to: '/docs/ena#single-flow', label: 'ENA: single-flow limits'},
      {to: '/docs/ena-express#single-flow', label: 'ENA Express: single-flow bandwidth'},
    ],
  },
  {
    id: 'ena-microbursts',
    topic: 'ena',
    prompt: 'CloudWatch shows an average of 30% of the instance’s bandwidth, but bw_out_allowance_exceeded increases every few minutes. How can both be true?',
    options: [
      {id: 'a', text: 'The ethtool counter is wrong on Nitro instances.'},
      {id: 'b', text: 'Short bursts exceed the allowance within seconds, while one-minute averages smooth them out.'},
      {id: 'c', text: 'CloudWatch measures only inbound traffic.'},
      {id: 'd', text: 'The counter counts packets to the metadata service.'},
    ],
    correct: ['b'],
    explanation:
      'Allowance counters can grow while one-minute averages look low, because microbursts are much shorter than the sampling interval. Look at the counters over time, not only at CloudWatch averages.',
    links: [
      {to: '/docs/ena#allowance-counters', label: 'ENA: allowance counters'},
      {to: '/docs/guides/troubleshooting#allowance-explainer', label: 'Try the allowance-counter explainer'},
    ],
  },
  {
    id: 'efa-egress-rule',
    topic: 'efa',
    prompt:
      'An MPI job over EFA hangs at start-up. The cluster’s security group allows all inbound traffic from itself and has the default outbound rule to 0.0.0.0/0. Plain SSH between the nodes works. What is missing?',
    options: [
      {id: 'a', text: 'An inbound rule for TCP port 22 from 0.0.0.0/0.'},
      {id: 'b', text: 'An outbound rule that allows all traffic to the same security group.'},
      {id: 'c', text: 'A cluster placement group.'},
      {id: 'd', text: 'An Elastic IP on each EFA.'},
    ],
    correct: ['b'],
    explanation:
      'The EFA’s security group must allow all traffic in and out to itself. The 0.0.0.0/0 outbound rule does not cover OS-bypass traffic, so a self-referencing outbound rule is needed as well as the inbound one.',
    links: [
      {to: '/docs/efa#security-group', label: 'EFA: the security-group rule'},
      {to: '/docs/guides/efa-cluster#security-group', label: 'Guide: security group with self rules'},
      {to: '/docs/guides/troubleshooting#efa-egress-self-rule', label: 'Troubleshooting: missing egress self-rule'},
    ],
  },
  {
    id: 'efa-hot-attach',
    topic: 'efa',
    prompt: 'A team wants to add an EFA to a running training instance without downtime. What is possible?',
    options: [
      {id: 'a', text: 'Hot-attach the EFA like any other network interface.'},
      {id: 'b', text: 'Stop the instance and attach the EFA, or launch a new instance with the EFA; running instances cannot get one.'},
      {id: 'c', text: 'Convert the primary interface to efa with modify-network-interface-attribute.'},
      {id: 'd', text: 'Attach an efa-only interface, which supports hot attach.'},
    ],
    correct: ['b'],
    explanation:
      'An EFA can be attached only at launch or to a stopped instance, and cannot be attached to or detached from a running one. Ordinary interfaces can be hot-attached; EFAs cannot.',
    links: [
      {to: '/docs/efa#attach', label: 'EFA: attach rules'},
      {to: '/docs/guides/troubleshooting#efa-hot-attach', label: 'Troubleshooting: hot-attaching an EFA fails'},
    ],
  },
  {
    id: 'efa-placement-group',
    topic: 'efa',
    prompt:
      'A cluster placement group cannot get enough capacity for a 16-node job. Someone says that without a cluster placement group the nodes cannot use EFA at all. Is that right?',
    options: [
      {id: 'a', text: 'Yes: EFA only works inside a cluster placement group.'},
      {id: 'b', text: 'No: a cluster placement group is recommended for latency, not required; EFA works without one within its traffic boundary.'},
      {id: 'c', text: 'Yes, unless the nodes use efa-only interfaces.'},
      {id: 'd', text: 'No, but then EFA traffic must go over an internet gateway.'},
    ],
    correct: ['b'],
    explanation: 'AWS recommends, but does not require, a cluster placement group for EFA.',
    links: [
      {to: '/docs/guides/efa-cluster#placement-group', label: 'Guide: placement group'},
      {to: '/docs/efa#setup', label: 'EFA: set-up outline'},
    ],
  },
  {
    id: 'efa-only-primary',
    topic: 'efa',
    prompt:
      'A launch template for a multi-card GPU instance sets InterfaceType efa-only on network card 0, device index 0, to save IPv4 addresses. The launch fails. Why?',
    options: [
      {id: 'a', text: 'efa-only interfaces need a public IPv4 address.'},
      {
        id: 'b',
        text: 'The primary interface must be an ENA or efa (EFA with ENA) interface, because the instance needs IP networking; efa-only interfaces go at other positions, such as card 0 device index 1 and device index 0 of the other cards.',
      },
      {id: 'c', text: 'efa-only is valid only on single-card instances.'},
      {id: 'd', text: 'efa-only requires a cluster placement group.'},
    ],
    correct: ['b'],
    explanation:
      'An efa-only interface has no ENA device and no IP address, so it can never be the primary (card 0, device index 0). Card 0 can still carry an efa-only interface: where card 0 supports EFA, AWS recommends one at card 0, device index 1, beside an ENA primary, so that card 0 keeps its EFA.',
    links: [
      {to: '/docs/efa#efa-vs-efa-only', label: 'EFA: efa and efa-only interfaces'},
      {to: '/docs/guides/troubleshooting#efa-only-primary', label: 'Troubleshooting: efa-only on the primary'},
    ],
  },
  {
    id: 'efa-per-card',
    topic: 'efa',
    prompt: 'How many EFA interfaces can a p5.48xlarge have, according to DescribeInstanceTypes data as of 2026-08-02?',
    options: [
      {id: 'a', text: 'One: EFA is limited to one per instance.'},
      {id: 'b', text: '4'},
      {id: 'c', text: '32: one per network card.'},
      {id: 'd', text: '64: one per network interface.'},
    ],
    correct: ['c'],
    explanation:
      'The rule is one EFA per network card; p5.48xlarge reports 32 network cards and 32 EFAs in the API data (2026-08-02). "One EFA per instance" is the older wording from single-card days.',
    links: [
      {to: '/docs/efa#network-cards', label: 'EFA: one EFA per network card'},
      {to: '/docs/eni#network-cards', label: 'ENI: network cards'},
    ],
  },
  {
    id: 'efa-nccl-sockets',
    topic: 'efa',
    prompt:
      'Distributed training on EFA-enabled GPU instances is much slower than expected. With NCCL_DEBUG=INFO the logs show NCCL using its socket transport. What is the most likely cause?',
    options: [
      {id: 'a', text: 'NCCL cannot find or load the aws-ofi-nccl plugin, or Libfabric has no efa provider, so it falls back to TCP sockets.'},
      {id: 'b', text: 'The instances are in a cluster placement group.'},
      {id: 'c', text: 'NCCL_SOCKET_NTHREADS is too low.'},
      {id: 'd', text: 'ENA Express is off.'},
    ],
    correct: ['a'],
    explanation:
      'NCCL reaches EFA only through the aws-ofi-nccl plugin on top of Libfabric’s efa provider. If either is missing, NCCL quietly uses sockets. Socket tuning variables do not apply to EFA.',
    links: [
      {to: '/docs/guides/troubleshooting#nccl-sockets', label: 'Troubleshooting: NCCL falls back to sockets'},
      {to: '/docs/guides/efa-cluster#nccl-proof', label: 'Guide: prove NCCL uses EFA'},
      {to: '/docs/efa#nccl', label: 'EFA: NCCL and aws-ofi-nccl'},
    ],
  },
  {
    id: 'efa-fi-info',
    topic: 'efa',
    prompt: 'Which command confirms that Libfabric can use the EFA device on an instance after installing the EFA software?',
    options: [
      {id: 'a', text: 'ethtool -i eth0'},
      {id: 'b', text: 'fi_info -p efa -t FI_EP_RDM'},
      {id: 'c', text: 'modinfo ena'},
      {id: 'd', text: 'aws ec2 describe-instance-types --instance-types p5.48xlarge'},
    ],
    correct: ['b'],
    explanation:
      'fi_info asks Libfabric which providers it can use; with a working EFA it lists provider efa for the reliable-datagram endpoint type. ethtool and modinfo look at the ENA driver, and describe-instance-types only says what the type supports.',
    links: [
      {to: '/docs/efa#verify', label: 'EFA: verify with fi_info'},
      {to: '/docs/guides/efa-cluster#verify-fi-info', label: 'Guide: verify with fi_info'},
    ],
  },
  {
    id: 'efa-across-azs',
    topic: 'efa',
    prompt:
      'To survive an Availability Zone outage, an architect spreads one tightly coupled MPI job across two Availability Zones, with EFA on every node. What should they expect?',
    options: [
      {id: 'a', text: 'EFA traffic flows between the zones with the same latency as within one zone.'},
      {id: 'b', text: 'OS-bypass traffic is not routable and stays within one Availability Zone and one VPC; keep the job’s nodes in one zone.'},
      {id: 'c', text: 'EFA traffic crosses zones only through a transit gateway.'},
      {id: 'd', text: 'It works if the security group allows 0.0.0.0/0.'},
    ],
    correct: ['b'],
    explanation:
      'Only the ENA (IP) part of an EFA is routable; SRD traffic stays within one Availability Zone and one VPC (older docs said one subnet). For resilience, run whole jobs per zone rather than one job across zones.',
    links: [
      {to: '/docs/efa#traffic-scope', label: 'EFA: where OS-bypass traffic can go'},
      {to: '/docs/guides/troubleshooting#efa-across-subnets', label: 'Troubleshooting: EFA across subnets or AZs'},
    ],
  },
  {
    id: 'efa-windows',
    topic: 'efa',
    prompt: 'An engineering team runs an MPI solver on Windows Server instances with EFA. What do they get?',
    options: [
      {id: 'a', text: 'Full OS-bypass for MPI, as on Linux.'},
      {id: 'b', text: 'The EFA acts as an ENA: ordinary networking, no OS-bypass for MPI.'},
      {id: 'c', text: 'The instance fails to launch.'},
      {id: 'd', text: 'OS-bypass only for TCP traffic.'},
    ],
    correct: ['b'],
    explanation: 'On Windows an EFA behaves as an ENA for MPI and NCCL-style use; the narrow exception is the Windows EFA driver used by the AWS CDI SDK.',
    links: [{to: '/docs/efa#windows', label: 'EFA: Windows'}],
  },
  {
    id: 'os-bypass-plain-tcp',
    topic: 'os-bypass',
    prompt: 'A web application that uses ordinary TCP sockets is moved to an instance with an efa interface. Which statement is true?',
    options: [
      {id: 'a', text: 'Its TCP traffic now bypasses the kernel automatically.'},
      {id: 'b', text: 'It keeps using the kernel TCP/IP stack over the ENA part of the interface; only software written to Libfabric uses OS-bypass.'},
      {id: 'c', text: 'It loses network connectivity, because EFA interfaces carry no IP traffic.'},
      {id: 'd', text: 'It must be recompiled against MPI.'},
    ],
    correct: ['b'],
    explanation:
      'OS-bypass is used only by software that talks to Libfabric (MPI, NCCL through aws-ofi-nccl and the like); ordinary socket applications get ENA behaviour on an efa interface. An efa-only interface has no IP at all, but an efa interface does.',
    links: [
      {to: '/docs/os-bypass#two-paths', label: 'Kernel path vs OS-bypass'},
      {to: '/docs/efa#when-not', label: 'EFA: when EFA does not help'},
    ],
  },
  {
    id: 'os-bypass-what-skipped',
    topic: 'os-bypass',
    prompt: 'With OS-bypass on EFA, which part of sending a message no longer goes through the kernel?',
    options: [
      {id: 'a', text: 'Everything, including opening the device and registering memory.'},
      {
        id: 'b',
        text: 'The per-message data path: the application (through Libfabric) posts work to the device directly instead of making socket system calls.',
      },
      {id: 'c', text: 'Only DNS lookups.'},
      {id: 'd', text: 'Nothing; OS-bypass only changes the wire protocol.'},
    ],
    correct: ['b'],
    explanation:
      'OS-bypass lets applications reach the device from user space for the data path. The EFA kernel driver is an RDMA driver that still handles set-up, such as creating queues and registering memory.',
    links: [
      {to: '/docs/os-bypass#what-gets-skipped', label: 'What OS-bypass skips, and what it does not'},
      {to: '/docs/efa#software-stack', label: 'EFA: the software stack'},
    ],
  },
  {
    id: 'ena-express-both-ends',
    topic: 'ena-express',
    prompt:
      'ENA Express was turned on for the client’s network interface, but ena_srd_tx_pkts stays at zero while traffic flows to a supported server in the same Availability Zone. What is missing?',
    options: [
      {id: 'a', text: 'ENA Express must also be turned on for the server’s interface; otherwise traffic silently uses plain ENA.'},
      {id: 'b', text: 'Both instances must be in a cluster placement group.'},
      {id: 'c', text: 'The client needs an EFA interface.'},
      {id: 'd', text: 'ENA Express only counts UDP packets.'},
    ],
    correct: ['a'],
    explanation:
      'Both ends must be supported types with ENA Express on; if not, traffic falls back to ENA without an error. The setting belongs to each interface attachment.',
    links: [
      {to: '/docs/ena-express#requirements', label: 'ENA Express: requirements on both ends'},
      {to: '/docs/guides/troubleshooting#ena-express-no-srd', label: 'Troubleshooting: no SRD packets'},
    ],
  },
  {
    id: 'ena-express-udp',
    topic: 'ena-express',
    prompt: 'After turning on ENA Express on both ends, TCP flows gain single-flow bandwidth but a UDP media stream does not change. Why?',
    options: [
      {id: 'a', text: 'ENA Express never supports UDP.'},
      {id: 'b', text: 'UDP is a separate switch (EnaSrdUdpEnabled), off by default, because SRD re-orders packets on receive.'},
      {id: 'c', text: 'UDP needs an efa-only interface.'},
      {id: 'd', text: 'UDP needs jumbo frames disabled.'},
    ],
    correct: ['b'],
    explanation: 'ENA Express for UDP has its own setting, off by default.',
    links: [
      {to: '/docs/ena-express#udp', label: 'ENA Express: UDP'},
      {to: '/docs/guides/ena-express#recommended-settings', label: 'Guide: recommended settings'},
    ],
  },
  {
    id: 'ena-express-latency-first',
    topic: 'ena-express',
    prompt:
      'A trading system sends small messages at a high packet rate and cares most about median latency on a quiet network. Should it turn on ENA Express?',
    options: [
      {id: 'a', text: 'Yes: ENA Express lowers latency in every case.'},
      {
        id: 'b',
        text: 'Probably not: at light load ENA Express can add tens of microseconds; AWS suggests plain enhanced networking for latency-first, high-PPS workloads.',
      },
      {id: 'c', text: 'Yes, but only with UDP turned on.'},
      {id: 'd', text: 'It cannot: ENA Express works only across Regions.'},
    ],
    correct: ['b'],
    explanation: 'ENA Express trades a little latency on a quiet network for better tail latency and single-flow bandwidth under load.',
    links: [{to: '/docs/ena-express#when-not', label: 'ENA Express: when not to use it'}],
  },
  {
    id: 'efa-requirements-two',
    topic: 'efa',
    prompt: 'Which TWO settings are needed for OS-bypass traffic between two EFA-enabled instances? (Choose two.)',
    options: [
      {id: 'a', text: 'A security group on both EFAs that allows all inbound and all outbound traffic to and from that same group.'},
      {id: 'b', text: 'An Elastic IP on each EFA.'},
      {id: 'c', text: 'Both instances in the same Availability Zone and the same VPC.'},
      {id: 'd', text: 'A cluster placement group.'},
      {id: 'e', text: 'ENA Express turned on.'},
      {id: 'f', text: 'Both instances in the same subnet.'},
    ],
    correct: ['a', 'c'],
    explanation:
      'The self-referencing inbound and outbound rules are required, and OS-bypass traffic stays within one Availability Zone and one VPC. One subnet is the simplest way to satisfy that, but it is not required: peers in two subnets of the same zone and VPC can talk over EFA. A cluster placement group is recommended but not required, and Elastic IPs or ENA Express play no part.',
    links: [
      {to: '/docs/guides/efa-cluster#security-group', label: 'Guide: security group'},
      {to: '/docs/efa#traffic-scope', label: 'EFA: where OS-bypass traffic can go'},
    ],
  },
];
