import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {goMapLiteral, karpenterBandwidthJson} from './goLiteral';
import {parseDocsBandwidth, parseLimitsFile} from './instanceSources';

const UP = path.join(__dirname, '..', '__fixtures__', 'upstream');
const read = (f: string) => fs.readFileSync(path.join(UP, f), 'utf8');

describe('Go map literals of the upstream generated files', () => {
  it("reads Karpenter's vpclimits into the shape the importer reads", () => {
    const json = goMapLiteral(read('zz_generated.vpclimits.go'), 'Limits', 'v.go');
    expect(json['m5.large']).toEqual({
      Interface: 3,
      IPv4PerInterface: 10,
      IsTrunkingCompatible: true,
      BranchInterface: 9,
      DefaultNetworkCardIndex: 0,
      NetworkCards: [{MaximumNetworkInterfaces: 3, NetworkCardIndex: 0}],
      Hypervisor: 'nitro',
      IsBareMetal: false,
    });
    const limits = parseLimitsFile(JSON.stringify(json), 'v.json', 'karpenter');
    expect(limits.get('c5.metal')).toMatchObject({maxEni: 15, hypervisor: null, bareMetal: true, branchEni: 107});
  });

  it("reads Karpenter's bandwidth file with its vague labels", () => {
    const docs = parseDocsBandwidth(JSON.stringify(karpenterBandwidthJson(read('zz_generated.bandwidth.go'))));
    expect(docs.megabits.get('p5.48xlarge')).toBe(3200000);
    expect(docs.vague.get('t2.micro')).toBe('Low to Moderate');
  });

  it("reads the VPC CNI's limits", () => {
    const json = goMapLiteral(read('vpc_ip_resource_limit.go'), 'instanceNetworkingLimits', 'l.go');
    expect(parseLimitsFile(JSON.stringify(json), 'l.json', 'vpc-cni').get('m5.large')).toMatchObject({maxEni: 3, ipv4PerEni: 10});
  });

  it('names the file and line of what it cannot read', () => {
    expect(() => goMapLiteral('var Limits = map[string]*X{\n"a.b": {\nInterface: nil,\n},\n}', 'Limits', 'bad.go')).toThrow(/bad\.go: line 3: unexpected "nil/);
    expect(() => goMapLiteral('package x', 'Limits', 'bad.go')).toThrow(/bad\.go: line 1: no map literal named Limits/);
  });
});
