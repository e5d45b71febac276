/**
 * What the DescribeInstanceTypes data does not say about EFA placement, per
 * instance type: which network cards can hold an EFA, and the layouts AWS
 * documents for a type. Read by src/lib/efaLayout.ts (the EFA layout builder).
 *
 * The API gives the number of cards, each card's MaximumNetworkInterfaces and
 * the instance's MaximumEfaInterfaces. Since a card holds at most one EFA, a
 * type whose MaximumEfaInterfaces equals its card count has an EFA on every
 * card (that needs no entry here). Only a type with fewer EFAs than cards
 * needs an entry saying which cards those are; without one the builder says
 * the rule is unknown instead of guessing.
 *
 * Every entry carries the page it was read from and the date it was read.
 */

export const EFA_MULTI_CARD_SOURCE = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa-acc-inst-types.html';
export const EFA_P5_SOURCE = `${EFA_MULTI_CARD_SOURCE}#efa-for-p5`;

export type EfaCardRule = {
  /** Exact instance type names this entry covers. */
  types: readonly string[];
  /**
   * Network card indexes that can hold an EFA. Omitted: every card (the
   * one-per-card rule already gives it when MaximumEfaInterfaces = cards).
   */
  efaCards?: readonly number[];
  /**
   * AWS's documented "maximum EFA and ENA (IP) bandwidth" layout: the cards
   * that get an extra ENA interface at device index 1 besides the EFA-only
   * interface at device index 0 (the primary ENA on card 0 stays as it is).
   */
  enaBandwidthCards?: readonly number[];
  /** What the entry says, in one sentence, for the tool's notes. */
  note: string;
  source: string;
  /** When the source was read (YYYY-MM-DD). */
  asOf: string;
};

const range = (from: number, to: number): number[] => Array.from({length: to - from + 1}, (_, i) => from + i);

export const efaCardRules: readonly EfaCardRule[] = [
  {
    types: ['p5.48xlarge', 'p5e.48xlarge'],
    enaBandwidthCards: [4, 8, 12, 16, 20, 24, 28],
    note:
      'AWS documents two P5/P5e layouts: an ENA primary with EFA-only interfaces on all 32 cards (one private IP, up to 100 Gbps of IP traffic), ' +
      'or the same plus an ENA interface at device index 1 of cards 4, 8, …, 28 (8 private IPs, up to 800 Gbps of IP traffic).',
    source: EFA_P5_SOURCE,
    asOf: '2026-12-02',
  },
  {
    types: ['p6-b200.48xlarge'],
    enaBandwidthCards: range(1, 7),
    note:
      'AWS documents two P6-B200 layouts: an ENA primary with EFA-only interfaces on all 8 cards, ' +
      'or the same plus an ENA interface at device index 1 of cards 1-7 (up to 1,600 Gbps of ENA traffic).',
    source: EFA_MULTI_CARD_SOURCE,
    asOf: '2026-12-02',
  },
  {
    types: ['p6-b300.48xlarge'],
    efaCards: range(1, 16),
    enaBandwidthCards: range(1, 16),
    note:
      'On P6-B300 the primary network card (index 0) supports only an ENA interface; the 16 EFAs go on cards 1-16 at device index 0, ' +
      'optionally with an ENA interface at device index 1 of each of those cards.',
    source: EFA_MULTI_CARD_SOURCE,
    asOf: '2026-12-02',
  },
];

/** The entry for a type, if there is one. */
export function efaCardRuleFor(type: string): EfaCardRule | undefined {
  return efaCardRules.find((r) => r.types.includes(type));
}

/** Where the statement "EFA-only is available on every EFA-capable type" comes from. */
export const efaOnlyAvailability = {
  statement: 'EFA-only interfaces are available on every instance type that supports EFA.',
  source: 'https://amazonaws.cn/en/new/2024/amazon-ec2-announces-efa-updates-for-scalability-with-aiml-applications',
  asOf: '2026-12-02',
} as const;
