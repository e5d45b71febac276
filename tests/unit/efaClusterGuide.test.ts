/**
 * The EFA cluster guide's launch-template snippets (/docs/guides/efa-cluster#launch-template)
 * follow the site's EFA layout rule (src/data/networkRules.ts, efaOnlyOnCard0Device1) and
 * agree with the EFA layout builder (src/lib/efaLayout.ts): on a multi-card type an ENA
 * primary, card 0's EFA as efa-only at device index 1 and efa-only at device index 0 of every
 * further card; on a single-card type one efa primary. The instance type and the number of
 * EFA cards are set together, so they cannot disagree.
 */
import {describe, it, expect, beforeAll} from 'vitest';
import {readDocs} from './docs';
import {codeBlocks, parseYaml} from '../../scripts/lib/snippetCheck';
import {synthCdkSource, typeErrors} from '../../scripts/lib/efaSnippetCheck';
import {instanceTypes} from '../../src/data/instances';
import {resolveLayout, sortSlots, type InterfaceKind, type Slot} from '../../src/lib/efaLayout';

const body = readDocs().find((d) => d.slug === 'guides/efa-cluster')!.body;
const section = body.slice(body.indexOf('{#launch-template}'), body.indexOf('{#install-software}'));
const blocks = codeBlocks(section);
const cdkBlock = blocks.find((b) => b.lang === 'ts' && /CfnLaunchTemplate/.test(b.code))!;
const pgBlock = codeBlocks(body).find((b) => b.lang === 'ts' && /CfnPlacementGroup/.test(b.code))!;

/** What the guide should give a type: AWS's basic layout on multi-card types, one efa primary on one card. */
function expected(type: string): Slot[] {
  const t = instanceTypes.find((x) => x.type === type)!;
  return resolveLayout(instanceTypes, {type, layout: t.cards.length > 1 ? 'max-efa' : 'one-efa', slots: ''}).slots;
}
const slotOf = (card: number, device: number, kind: string | undefined): Slot => ({card, device, kind: (kind ?? 'interface') as InterfaceKind});

describe('EFA cluster guide: launch template', () => {
  it('links to the EFA layout builder for the per-type layouts', () => {
    expect(section).toContain('](/docs/tools/efa-layout)');
    expect(cdkBlock.code).toContain('/docs/tools/efa-layout');
  });

  describe('CDK', () => {
    const table = /const efaCardsByType = (\{[^}]*\}) as const;/.exec(cdkBlock.code);
    const types = table ? Object.keys(JSON.parse(table[1]!.replace(/'/g, '"')) as Record<string, number>) : [];
    const app = (type: string) =>
      `import {App, Stack} from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
class Guide extends Stack {
  constructor(scope: App, id: string) {
    super(scope, id);
    const vpc = new ec2.Vpc(this, 'Vpc', {maxAzs: 1, natGateways: 0});
    const efaSg = new ec2.SecurityGroup(this, 'EfaSg', {vpc, allowAllOutbound: false});
${pgBlock.code}
${cdkBlock.code.replace(/(const instanceType: keyof typeof efaCardsByType = )'[^']+'/, `$1'${type}'`)}
  }
}
new Guide(new App(), 'Guide');
`;

    it('derives the card count from the instance type (no separate count to forget)', () => {
      expect(table, 'a per-type table of EFA cards').not.toBeNull();
      expect(types).toEqual(expect.arrayContaining(['c5n.18xlarge', 'p5.48xlarge']));
      expect(cdkBlock.code).not.toMatch(/instanceType:\s*'/);
      for (const type of types) {
        const t = instanceTypes.find((x) => x.type === type)!;
        // The table lists only types with one EFA on every card, and gives that number.
        expect(JSON.parse(table![1]!.replace(/'/g, '"'))[type], type).toBe(t.cards.length);
        expect(t.maxEfa, type).toBe(t.cards.length);
      }
    });

    let errors: Record<string, string[]> = {};
    // Loading aws-cdk-lib's types is slow, more so on a busy machine.
    beforeAll(() => {
      errors = typeErrors({'guide.ts': app(types[0] ?? 'c5n.18xlarge')});
    }, 180_000);
    it('type-checks against aws-cdk-lib', () => expect(errors['guide.ts']).toEqual([]));

    for (const type of ['c5n.18xlarge', 'p4d.24xlarge', 'p5.48xlarge']) {
      it(`synthesizes ${type} with the builder's layout and that instance type`, () => {
        const template = synthCdkSource(app(type)) as {Resources: Record<string, {Type: string; Properties?: Record<string, unknown>}>};
        const lt = Object.values(template.Resources).find((r) => r.Type === 'AWS::EC2::LaunchTemplate')!;
        const data = lt.Properties!.LaunchTemplateData as {InstanceType: string; NetworkInterfaces: Record<string, unknown>[]};
        expect(data.InstanceType).toBe(type);
        const got = data.NetworkInterfaces.map((n) => slotOf(n.NetworkCardIndex as number, n.DeviceIndex as number, n.InterfaceType as string | undefined));
        expect(sortSlots(got)).toEqual(expected(type));
      });
    }
  });

  it('the CLI run-instances example for p5.48xlarge gives the builder’s layout', () => {
    const cli = blocks.find((b) => b.lang === 'bash' && /NICS=/.test(b.code))!;
    const fixed = [...cli.code.matchAll(/NetworkCardIndex=(\d+),DeviceIndex=(\d+)(?:,InterfaceType=([a-z-]+))?/g)].filter((m) => m[1] !== '$card');
    const slots = fixed.map((m) => slotOf(Number(m[1]), Number(m[2]), m[3]));
    const loop = /for card in \$\(seq (\d+) (\d+)\); do\s+NICS="\$NICS NetworkCardIndex=\$card,DeviceIndex=(\d+),InterfaceType=([a-z-]+)/.exec(cli.code)!;
    for (let c = Number(loop[1]); c <= Number(loop[2]); c++) slots.push(slotOf(c, Number(loop[3]), loop[4]));
    expect(cli.code).toContain('--instance-type p5.48xlarge');
    expect(sortSlots(slots)).toEqual(expected('p5.48xlarge'));
  });

  it('the CloudFormation p5.48xlarge template starts with the builder’s layout (first cards shown)', () => {
    const cfn = blocks.find((b) => b.lang === 'yaml' && /InstanceType: p5\.48xlarge/.test(b.code))!;
    const doc = parseYaml(cfn.code) as {Resources: Record<string, {Properties: {LaunchTemplateData: {NetworkInterfaces: Record<string, unknown>[]}}}>};
    const nics = Object.values(doc.Resources)[0]!.Properties.LaunchTemplateData.NetworkInterfaces;
    const got = nics.map((n) => slotOf(n.NetworkCardIndex as number, n.DeviceIndex as number, n.InterfaceType as string | undefined));
    expect(got).toEqual(expected('p5.48xlarge').slice(0, got.length));
  });

  it('the Terraform template takes the card count from the instance type and puts card 0’s efa-only at device index 1', () => {
    const tf = blocks.find((b) => b.lang === 'hcl' && /aws_launch_template/.test(b.code))!.code;
    expect(tf).toMatch(/efa_cards\s*=\s*data\.aws_ec2_instance_type\.efa\.maximum_network_cards/);
    expect(tf).not.toMatch(/variable "efa_card_count"/);
    expect(tf).toMatch(/network_card_index\s*=\s*0\s+device_index\s*=\s*1\s+interface_type\s*=\s*"efa-only"/);
    expect(tf).toMatch(/interface_type\s*=\s*local\.multi_card \? null : "efa"/);
  });
});
