/**
 * Which page answers which question. Each entry is a question a reader brings
 * to the site, the page section (`slug#heading-id`) that answers it, and words
 * the answer must contain. When a page is restructured, move the entry to
 * the section that now answers the question; never drop a question silently.
 */
import {describe, it, expect} from 'vitest';
import {readDocs, headings} from './docs';

type Question = {
  question: string;
  /** doc slug and heading ID of the section that answers it */
  at: `${string}#${string}`;
  /** words (case-insensitive) the answer must contain */
  mentions: string[];
};

const QUESTIONS: Question[] = [
  {question: 'How do ENI, ENA and EFA relate to each other?', at: 'overview#how-they-relate', mentions: ['ENI', 'ENA', 'EFA', 'attach']},
  {question: 'Which one do I need, in one line?', at: 'overview#tldr', mentions: ['HPC', 'ENA', 'EFA']},
  {
    question: 'Are all three "devices you attach to improve performance"?',
    at: 'reference/misconceptions#three-devices',
    mentions: ['attach', 'VPC resource', 'underneath'],
  },
  {question: 'What is a network card on an instance?', at: 'eni#network-cards', mentions: ['NetworkCardIndex', 'laptop']},
  {question: 'What is an ENI?', at: 'eni#what-is-an-eni', mentions: ['VPC', 'virtual']},
  {
    question: 'Which attributes does an ENI carry?',
    at: 'eni#attributes',
    mentions: ['primary private IPv4', 'secondary', 'Elastic IP', 'public IPv4', 'IPv6', 'security group', 'MAC', 'source/destination', 'description'],
  },
  {question: 'How do I turn on enhanced networking?', at: 'ena#enable', mentions: ['driver', 'stopped', '--ena-support', 'modify-instance-attribute']},
  {question: 'What does SR-IOV have to do with ENA?', at: 'ena#sr-iov', mentions: ['SR-IOV', 'virtual function', 'CPU']},
  {
    question: 'What does enhanced networking improve, and what does it cost?',
    at: 'ena#benefits',
    mentions: ['bandwidth', 'packets per second', 'latency', 'charge'],
  },
  {question: 'How do I know I am hitting a packets-per-second limit?', at: 'ena#pps', mentions: ['allowance', 'pps_allowance_exceeded']},
  {question: 'Is there a 20K PPS limit on the old VIF driver?', at: 'ena#vif-20k', mentions: ['vif', '20']},
  {question: 'What is EFA for?', at: 'efa#what-is-efa', mentions: ['HPC', 'machine learning']},
  {question: 'What does OS-bypass mean for EFA?', at: 'efa#os-bypass', mentions: ['kernel', 'Libfabric']},
  {question: 'Does an EFA do everything an ENI and ENA do? What is efa-only?', at: 'efa#efa-vs-efa-only', mentions: ['efa-only', 'ENA']},
  {question: 'Is EFA always the faster choice?', at: 'efa#when-not', mentions: ['TCP', 'Libfabric']},
  {question: 'Which software sits between my application and the EFA device?', at: 'efa#software-stack', mentions: ['MPI', 'NCCL', 'Libfabric']},
  {question: 'How does an application reach the NIC without the kernel?', at: 'os-bypass#os-bypass-path', mentions: ['user space', 'kernel']},
  {question: 'How do the kernel path and the OS-bypass path compare, side by side?', at: 'os-bypass#side-by-side', mentions: ['kernel', 'EFA']},
  {question: 'What is Libfabric and how does it reach the EFA device?', at: 'efa#libfabric', mentions: ['Libfabric', 'efa']},
  {question: 'How did MPI traffic travel before EFA?', at: 'os-bypass#kernel-path', mentions: ['MPI', 'TCP/IP', 'ENA']},
  {question: 'How do MPI and NCCL use EFA?', at: 'efa#nccl', mentions: ['NCCL', 'aws-ofi-nccl', 'Libfabric']},
];

const docs = readDocs();

/**
 * The text of the section under the heading with this ID, up to the next heading of the same or
 * higher level; or of the JSX element with this `id` (a misconceptions entry), up to its closing tag.
 */
function section(slug: string, id: string): string | null {
  const doc = docs.find((d) => d.slug === slug);
  if (!doc) return null;
  const lines = doc.body.split('\n');
  const hs = headings(doc.body);
  const i = hs.findIndex((h) => h.id === id && h.level >= 2);
  const h = hs[i];
  if (!h) {
    const start = lines.findIndex((l) => l.includes(`id="${id}"`));
    const tag = /<([A-Za-z][\w.]*)/.exec(lines[start] ?? '')?.[1];
    if (!tag) return null;
    const end = lines.findIndex((l, j) => j >= start && l.includes(`</${tag}>`));
    return lines.slice(start, end < 0 ? lines.length : end + 1).join('\n');
  }
  const next = hs.slice(i + 1).find((n) => n.level <= h.level);
  return lines.slice(h.line - 1, next ? next.line - 1 : lines.length).join('\n');
}

describe('which page answers which question', () => {
  for (const p of QUESTIONS) {
    it(`${p.question} → /docs/${p.at}`, () => {
      const [slug = '', id = ''] = p.at.split('#');
      const text = section(slug, id) ?? '';
      expect(text, `no section /docs/${p.at}`).not.toBe('');
      for (const word of p.mentions) {
        expect(text.toLowerCase(), `/docs/${p.at} should mention "${word}"`).toContain(word.toLowerCase());
      }
    });
  }

  it('never uses the exam-answer phrase "therefore this option is correct" as the site\'s own words', () => {
    // Study material copied into a page often keeps this phrase; quoting it to correct it is fine.
    for (const d of docs) expect(d.body, d.file).not.toMatch(/(^|[^"“*])therefore this option is correct/im);
  });
});
