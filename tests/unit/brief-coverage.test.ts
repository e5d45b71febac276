/**
 * Every point of the source notes (shared/brief/enhanced-networking-notes.md)
 * must be covered on the site, and corrected where the notes were wrong.
 * Each entry names the page section that covers the point and words that
 * section must contain. The notes themselves are never read at build or run
 * time; this list is our own summary of them.
 */
import {describe, it, expect} from 'vitest';
import {readDocs, headings} from './docs';

type Point = {
  point: string;
  /** doc slug and heading ID that cover it */
  at: `${string}#${string}`;
  /** words (case-insensitive) the section must contain */
  mentions: string[];
  /** the fact-sheet correction applied, if the notes were wrong */
  corrects?: string;
};

const POINTS: Point[] = [
  {point: 'ENIs customise instances; ENA and EFA improve networking', at: 'overview#how-they-relate', mentions: ['ENI', 'ENA', 'EFA', 'attach']},
  {point: 'TL;DR: ENI for general use, ENA for most workloads, EFA for HPC', at: 'overview#tldr', mentions: ['HPC', 'ENA', 'EFA'], corrects: 'C22/C23'},
  {point: 'All three are "devices you attach to improve performance"', at: 'overview#misconceptions', mentions: ['attach', 'driver'], corrects: 'C22'},
  {point: 'What is a network card? (laptop Wi-Fi card)', at: 'eni#network-cards', mentions: ['NetworkCardIndex', 'laptop'], corrects: 'C25'},
  {point: 'An ENI is a logical VPC component, a virtual network card', at: 'eni#what-is-an-eni', mentions: ['VPC', 'virtual']},
  {point: 'ENI attributes: primary and secondary private IPv4, Elastic IP per private IPv4, public IPv4, IPv6, security groups, MAC, source/destination check, description', at: 'eni#attributes', mentions: ['primary private IPv4', 'secondary', 'Elastic IP', 'public IPv4', 'IPv6', 'security group', 'MAC', 'source/destination', 'description']},
  {point: 'To use enhanced networking, install the ENA module and enable ENA support', at: 'ena#enable', mentions: ['driver', 'stopped', '--ena-support'], corrects: 'C24'},
  {point: 'Enhanced networking uses SR-IOV on supported instance types', at: 'ena#sr-iov', mentions: ['SR-IOV', 'virtual function']},
  {point: 'SR-IOV: higher I/O performance, lower CPU use', at: 'ena#sr-iov', mentions: ['CPU']},
  {point: 'Higher bandwidth, higher PPS, lower and steadier latency', at: 'ena#benefits', mentions: ['bandwidth', 'packets per second', 'latency']},
  {point: 'No additional charge for enhanced networking', at: 'ena#benefits', mentions: ['charge']},
  {point: 'Use ENA when the ENI\'s packets per second are not enough', at: 'ena#pps', mentions: ['allowance', 'pps_allowance_exceeded'], corrects: 'C23'},
  {point: '20K PPS on the VIF driver means switch to enhanced networking', at: 'ena#vif-20k', mentions: ['vif', '20'], corrects: 'C16'},
  {point: 'Enable ENA with modify-instance-attribute --ena-support', at: 'ena#enable', mentions: ['modify-instance-attribute']},
  {point: 'EFA: HPC applications with heavy inter-node communication at scale', at: 'efa#what-is-efa', mentions: ['HPC', 'machine learning']},
  {point: 'EFA has an OS-bypass hardware interface', at: 'efa#os-bypass', mentions: ['kernel', 'Libfabric']},
  {point: 'EFA includes all functionality of ENI and ENA', at: 'efa#efa-vs-efa-only', mentions: ['efa-only', 'ENA'], corrects: 'C4/C27'},
  {point: 'EFA is simply the faster and better choice', at: 'efa#when-not', mentions: ['TCP', 'Libfabric'], corrects: 'C26'},
  {point: 'AWS figure "EFA: how it works" (not available: we draw our own)', at: 'efa#software-stack', mentions: ['MPI', 'NCCL', 'Libfabric']},
  {point: 'OS-bypass lets HPC/ML apps talk to the NIC directly', at: 'os-bypass#os-bypass-path', mentions: ['user space', 'kernel']},
  {point: 'OS-bypass figure (not available: we draw our own)', at: 'os-bypass#side-by-side', mentions: ['kernel', 'EFA']},
  {point: 'The Libfabric API bypasses the kernel to reach the EFA device', at: 'efa#libfabric', mentions: ['Libfabric', 'efa']},
  {point: 'Traditionally MPI used the kernel TCP/IP stack and the ENA driver', at: 'os-bypass#kernel-path', mentions: ['MPI', 'TCP/IP', 'ENA']},
  {point: 'With EFA, MPI or NCCL use the Libfabric API', at: 'efa#nccl', mentions: ['NCCL', 'aws-ofi-nccl', 'Libfabric']},
];

const docs = readDocs();

/** The text of the section under the heading with this ID, up to the next heading of the same or higher level. */
function section(slug: string, id: string): string | null {
  const doc = docs.find((d) => d.slug === slug);
  if (!doc) return null;
  const hs = headings(doc.body);
  const i = hs.findIndex((h) => h.id === id && h.level >= 2);
  const h = hs[i];
  if (!h) return null;
  const next = hs.slice(i + 1).find((n) => n.level <= h.level);
  const lines = doc.body.split('\n');
  return lines.slice(h.line - 1, next ? next.line - 1 : lines.length).join('\n');
}

describe('coverage of the source notes', () => {
  for (const p of POINTS) {
    it(`${p.point} → /docs/${p.at}`, () => {
      const [slug = '', id = ''] = p.at.split('#');
      const text = section(slug, id) ?? '';
      expect(text, `no section /docs/${p.at}`).not.toBe('');
      for (const word of p.mentions) {
        expect(text.toLowerCase(), `/docs/${p.at} should mention "${word}"`).toContain(word.toLowerCase());
      }
    });
  }

  it('never repeats the notes\' exam-answer leftover or third-party figure as AWS text (C28)', () => {
    // Quoting it to correct it is fine; using it as our own words is not.
    for (const d of docs) expect(d.body, d.file).not.toMatch(/(^|[^"“*])therefore this option is correct/im);
  });
});
