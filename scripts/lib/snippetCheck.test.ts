import {describe, it, expect} from 'vitest';
import {codeBlocks, findEc2Commands, checkShellSnippet, parseYaml, checkCloudFormation, bracketProblems} from './snippetCheck';

describe('codeBlocks', () => {
  it('finds fenced blocks with their language and line', () => {
    const md = 'text\n\n```bash\naws ec2 describe-instances\n```\n\n````yaml\na: 1\n````\n';
    expect(codeBlocks(md)).toEqual([
      {lang: 'bash', code: 'aws ec2 describe-instances', line: 3},
      {lang: 'yaml', code: 'a: 1', line: 7},
    ]);
  });
});

describe('findEc2Commands', () => {
  it('reads subcommands and options across line continuations, quotes and pipes', () => {
    const sh = [
      '# aws ec2 not-a-command in a comment',
      'aws ec2 describe-instance-types \\',
      '  --filters "Name=network-info.efa-supported,Values=true" \\',
      "  --query 'InstanceTypes[*].[InstanceType]' --output=text | sort",
      'ENI=$(aws ec2 create-network-interface --subnet-id subnet-1 --query NetworkInterface.NetworkInterfaceId --output text)',
      'aws ec2 wait instance-stopped --instance-ids i-1 && aws ec2 start-instances --instance-ids i-1',
    ].join('\n');
    const cmds = findEc2Commands(sh);
    expect(cmds.map((c) => c.subcommand)).toEqual(['describe-instance-types', 'create-network-interface', 'wait', 'start-instances']);
    expect(cmds[0]?.options).toEqual(['--filters', '--query', '--output']);
    expect(cmds[0]?.line).toBe(2);
    expect(cmds[1]?.options).toEqual(['--subnet-id', '--query', '--output']);
    expect(cmds[2]?.waiter).toBe('instance-stopped');
    expect(checkShellSnippet(sh)).toEqual([]);
  });

  it('does not treat option values that look like options as options', () => {
    const cmds = findEc2Commands('aws ec2 modify-instance-attribute --instance-id i-1 --ena-support');
    expect(cmds[0]?.options).toEqual(['--instance-id', '--ena-support']);
  });
});

describe('checkShellSnippet fails on mistakes', () => {
  it('rejects an unknown subcommand', () => {
    expect(checkShellSnippet('aws ec2 enable-ena --instance-id i-1')).toEqual(['line 1: unknown subcommand "aws ec2 enable-ena"']);
  });

  it('rejects an unknown or misspelt option', () => {
    expect(checkShellSnippet('aws ec2 modify-instance-attribute --instance-id i-1 --ena-suport')).toEqual([
      'line 1: "aws ec2 modify-instance-attribute" has no option --ena-suport',
    ]);
    // A real option of another command is still wrong here.
    expect(checkShellSnippet('aws ec2 describe-instances --interface-type efa')).toHaveLength(1);
  });

  it('rejects an unknown waiter', () => {
    expect(checkShellSnippet('aws ec2 wait instance-happy --instance-ids i-1')).toEqual(['line 1: unknown waiter "aws ec2 wait instance-happy"']);
  });

  it('accepts --no- forms only for boolean options', () => {
    expect(checkShellSnippet('aws ec2 modify-instance-attribute --instance-id i-1 --no-ena-support')).toEqual([]);
    expect(checkShellSnippet('aws ec2 modify-instance-attribute --no-instance-id i-1')).toHaveLength(1);
  });
});

describe('CloudFormation YAML', () => {
  const template = `
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  EfaSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: efa
      VpcId: !Ref VpcId
  SelfIn:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt EfaSg.GroupId
      IpProtocol: '-1'
      SourceSecurityGroupId: !GetAtt EfaSg.GroupId
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: !Sub '\${AWS::StackName}-efa'
      LaunchTemplateData:
        NetworkInterfaces:
          - NetworkCardIndex: 0
            DeviceIndex: 0
            InterfaceType: efa
            Groups: [!Ref EfaSg]
            SubnetId: !Select [0, !Ref Subnets]
`;

  it('parses short tags into intrinsic functions', () => {
    const doc = parseYaml(template) as {Resources: Record<string, {Properties: Record<string, unknown>}>};
    expect(doc.Resources.SelfIn?.Properties.GroupId).toEqual({'Fn::GetAtt': ['EfaSg', 'GroupId']});
    expect(doc.Resources.EfaSg?.Properties.VpcId).toEqual({Ref: 'VpcId'});
    expect(checkCloudFormation(doc)).toEqual([]);
  });

  it('throws on broken YAML and on unknown tags', () => {
    expect(() => parseYaml('a: [1, 2')).toThrow();
    expect(() => parseYaml('a: !Nope x')).toThrow();
  });

  it('reports wrong property names, unknown types and bad interface types', () => {
    const bad = template
      .replace('SourceSecurityGroupId', 'SourceGroupId')
      .replace('InterfaceType: efa', 'InterfaceType: efa-plus')
      .replace('NetworkCardIndex: 0', 'CardIndex: 0')
      .replace('AWS::EC2::SecurityGroup\n', 'AWS::EC2::SecurityGroupX\n');
    const problems = checkCloudFormation(parseYaml(bad));
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/SourceGroupId/);
    expect(problems.join('\n')).toMatch(/efa-plus/);
    expect(problems.join('\n')).toMatch(/CardIndex/);
    expect(problems.join('\n')).toMatch(/SecurityGroupX/);
  });

  it('ignores YAML that is not a template', () => {
    expect(checkCloudFormation(parseYaml('foo: bar'))).toEqual([]);
  });
});

describe('bracketProblems', () => {
  it('accepts balanced code and ignores brackets in strings and comments', () => {
    expect(bracketProblems('resource "x" "y" {\n  a = "}" # }\n  b = [1]\n}', '#')).toEqual([]);
    expect(bracketProblems("const a = {b: ['}']}; // )", '//')).toEqual([]);
  });

  it('reports unclosed and unexpected brackets', () => {
    expect(bracketProblems('resource "x" "y" {\n  a = 1\n', '#')).toEqual(['line 1: "{" is never closed']);
    expect(bracketProblems('a = [1)', '#')).toEqual(['line 1: unexpected ")"']);
  });
});
