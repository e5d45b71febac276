/**
 * The EFA layout builder's snippets checked with the real tools (slow: CDK's
 * CloudFormation schemas and two large type libraries load once; a few golden
 * types only; the property test over every type is in efaLayout.test.ts).
 */
import {beforeAll, describe, expect, test} from 'vitest';
import {instanceTypes} from '../data/instances';
import {resolveLayout, type LayoutId} from './efaLayout';
import {cdk, cliJson, cloudFormation, eksctl, securityGroupPart, terraform, TERRAFORM_EFA_ONLY_VERSION, type SnippetInput} from './efaSnippets';
import {
  cliTypeModule,
  parseTerraform,
  synthCdkSource,
  synthCloudFormation,
  TERRAFORM_INTERFACE_TYPES,
  TERRAFORM_LAUNCH_TEMPLATE_ARGS,
  TERRAFORM_NETWORK_INTERFACE_ARGS,
  typeErrors,
} from '../../scripts/lib/efaSnippetCheck';
import yaml from 'js-yaml';

const GOLDEN: [string, LayoutId][] = [
  ['p5.48xlarge', 'max-efa-ena'],
  ['p4d.24xlarge', 'max-efa'],
  ['c5n.18xlarge', 'one-efa'],
];

function inputFor(type: string, layout: LayoutId): SnippetInput {
  const r = resolveLayout(instanceTypes, {type, layout, slots: ''});
  return {type, slots: r.slots, nodes: 4, ids: {subnet: 'subnet-0123456789abcdef0', sg: '', pg: '', lt: ''}};
}

type Nic = Record<string, unknown>;
const nicsOf = (template: {Resources: Record<string, {Properties?: Record<string, unknown>}>}): Nic[] =>
  ((template.Resources.EfaLaunchTemplate?.Properties?.LaunchTemplateData as {NetworkInterfaces: Nic[]}) ?? {NetworkInterfaces: []}).NetworkInterfaces;
/** CfnInclude keeps Fn::GetAtt in its "A.B" string form; CDK writes ["A", "B"]. */
const normalise = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Record<string, unknown>)['Fn::GetAtt'] === 'string') {
      return {'Fn::GetAtt': ((v as Record<string, string>)['Fn::GetAtt'] ?? '').split('.')};
    }
    return v;
  });

describe('CloudFormation: validated against the registry schemas in aws-cdk-lib', () => {
  test('a misspelt property is rejected (proof that the check can fail)', () => {
    const good = cloudFormation(inputFor('p4d.24xlarge', 'max-efa'));
    const bad = good.replace('NetworkCardIndex: 0\n', 'NetworkCardIdx: 0\n');
    expect(bad).not.toBe(good);
    expect(() => synthCloudFormation(bad)).toThrow(/NetworkCardIdx/);
  }, 240_000);

  for (const [type, layout] of GOLDEN) {
    test(`${type} ${layout}: the template synthesizes, with the layout's interfaces`, () => {
      const input = inputFor(type, layout);
      const template = synthCloudFormation(cloudFormation(input));
      expect(Object.keys(template.Resources).sort()).toEqual(['EfaLaunchTemplate', 'EfaPlacementGroup', 'EfaSecurityGroup', 'EfaSelfEgress', 'EfaSelfIngress']);
      const nics = nicsOf(template);
      expect(nics.map((n) => [n.NetworkCardIndex, n.DeviceIndex, n.InterfaceType])).toEqual(input.slots.map((s) => [s.card, s.device, s.kind]));
      // Both self-referencing rules.
      expect(template.Resources.EfaSelfIngress?.Properties).toMatchObject({
        IpProtocol: '-1',
        SourceSecurityGroupId: {'Fn::GetAtt': 'EfaSecurityGroup.GroupId'},
      });
      expect(template.Resources.EfaSelfEgress?.Properties).toMatchObject({
        IpProtocol: '-1',
        DestinationSecurityGroupId: {'Fn::GetAtt': 'EfaSecurityGroup.GroupId'},
      });
    }, 240_000);
  }
});

describe('CDK TypeScript and CLI JSON: type-checked, the CDK app synthesized', () => {
  let errors: Record<string, string[]> = {};
  beforeAll(() => {
    const sources: Record<string, string> = {};
    for (const [type, layout] of GOLDEN) {
      const input = inputFor(type, layout);
      sources[`cdk-${type}.ts`] = cdk(input);
      sources[`cli-${type}.ts`] = cliTypeModule(cliJson(input));
    }
    // Each must fail: the checks can fail.
    const p4d = inputFor('p4d.24xlarge', 'max-efa');
    sources['bad-cdk.ts'] = cdk(p4d).replace('      networkCardIndex,\n', '      networkCardIdx: networkCardIndex,\n');
    sources['bad-cli.ts'] = cliTypeModule(cliJson(p4d).replace('"NetworkCardIndex"', '"NetworkCardIdx"'));
    errors = typeErrors(sources);
  }, 600_000);

  for (const [type] of GOLDEN) {
    test(`${type}: the CDK source and the CLI JSON compile`, () => {
      expect(errors[`cdk-${type}.ts`]).toEqual([]);
      expect(errors[`cli-${type}.ts`]).toEqual([]);
    });
  }

  test('a misspelt property fails both type checks', () => {
    expect((errors['bad-cdk.ts'] ?? []).join('\n')).toMatch(/networkCardIdx/);
    expect((errors['bad-cli.ts'] ?? []).join('\n')).toMatch(/NetworkCardIdx/);
  });

  for (const [type, layout] of GOLDEN) {
    test(`${type}: the CDK app's network interfaces equal the CloudFormation template's`, () => {
      const input = inputFor(type, layout);
      const fromCdk = synthCdkSource(cdk(input));
      const fromCfn = synthCloudFormation(cloudFormation(input));
      expect(normalise(nicsOf(fromCdk))).toEqual(normalise(nicsOf(fromCfn)));
      expect(nicsOf(fromCdk)).toHaveLength(input.slots.length);
    }, 240_000);
  }

  test('the CLI JSON parses as the documented array shape', () => {
    const input = inputFor('p5.48xlarge', 'max-efa-ena');
    const value = JSON.parse(cliJson(input)) as Nic[];
    expect(value).toHaveLength(40);
    for (const nic of value)
      expect(Object.keys(nic).sort()).toEqual(['DeleteOnTermination', 'DeviceIndex', 'Groups', 'InterfaceType', 'NetworkCardIndex', 'SubnetId']);
  });
});

describe('Terraform: parsed with @cdktf/hcl2json, attribute names checked', () => {
  for (const [type, layout] of GOLDEN) {
    test(`${type} ${layout}`, async () => {
      const input = inputFor(type, layout);
      const parsed = (await parseTerraform(terraform(input))) as {
        terraform: {required_providers: {aws: {version: string}}[]}[];
        resource: {aws_launch_template: {efa: Record<string, unknown>[]}};
      };
      expect(parsed.terraform[0]?.required_providers[0]?.aws.version).toBe(`>= ${TERRAFORM_EFA_ONLY_VERSION}`);
      const lt = parsed.resource.aws_launch_template.efa[0] ?? {};
      for (const key of Object.keys(lt)) expect(TERRAFORM_LAUNCH_TEMPLATE_ARGS).toContain(key);
      const nics = lt.network_interfaces as Record<string, unknown>[];
      expect(nics).toHaveLength(input.slots.length);
      for (const nic of nics) {
        for (const key of Object.keys(nic)) expect(TERRAFORM_NETWORK_INTERFACE_ARGS).toContain(key);
        expect(TERRAFORM_INTERFACE_TYPES).toContain(nic.interface_type);
      }
      expect(nics.map((n) => [n.network_card_index, n.device_index, n.interface_type])).toEqual(input.slots.map((s) => [s.card, s.device, s.kind]));
    }, 120_000);
  }

  test('a misspelt attribute would be caught by the name check', async () => {
    const parsed = (await parseTerraform(terraform(inputFor('c5n.18xlarge', 'one-efa')).replace('network_card_index', 'network_card_idx'))) as {
      resource: {aws_launch_template: {efa: {network_interfaces: Record<string, unknown>[]}[]}};
    };
    const keys = Object.keys(parsed.resource.aws_launch_template.efa[0]?.network_interfaces[0] ?? {});
    expect(keys.filter((k) => !(TERRAFORM_NETWORK_INTERFACE_ARGS as readonly string[]).includes(k))).toEqual(['network_card_idx']);
  }, 120_000);
});

describe('eksctl and the security group parts', () => {
  test('eksctl config is YAML pointing at the launch template', () => {
    const doc = yaml.load(eksctl(inputFor('p5.48xlarge', 'max-efa'))) as {managedNodeGroups: {launchTemplate: {id: string}; desiredCapacity: number}[]};
    expect(doc.managedNodeGroups[0]).toMatchObject({launchTemplate: {id: 'LAUNCH_TEMPLATE_ID'}, desiredCapacity: 4});
  });

  test('the security group excerpts hold both self-referencing rules', () => {
    const input = inputFor('p4d.24xlarge', 'max-efa');
    const cfn = securityGroupPart(cloudFormation(input), 'cloudformation');
    expect(cfn).toMatch(/SourceSecurityGroupId/);
    expect(cfn).toMatch(/DestinationSecurityGroupId/);
    expect(cfn).not.toMatch(/PlacementGroup/);
    const tf = securityGroupPart(terraform(input), 'terraform');
    expect(tf.match(/referenced_security_group_id/g)).toHaveLength(2);
    const c = securityGroupPart(cdk(input), 'cdk');
    expect(c).toMatch(/CfnSecurityGroupIngress/);
    expect(c).toMatch(/CfnSecurityGroupEgress/);
  });
});
