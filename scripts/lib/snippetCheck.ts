/**
 * Checks for the code snippets in docs/: find fenced code blocks, find every
 * `aws ec2 <subcommand> --option ...` in shell code and compare it with the
 * list of real subcommands and options in src/data/awsCliEc2.ts, and parse
 * CloudFormation YAML (which uses short tags such as !Ref and !GetAtt).
 *
 * Pure TypeScript, no DOM and no React: see snippetCheck.test.ts and
 * tests/unit/snippets.test.ts.
 */
import yaml from 'js-yaml';
import {EC2_COMMANDS, EC2_WAITERS, GLOBAL_OPTIONS} from '../../src/data/awsCliEc2';

export type CodeBlock = {lang: string; code: string; /** 1-based line of the opening fence. */ line: number};

/** Fenced code blocks (``` or ~~~) of a Markdown/MDX body, with their language. */
export function codeBlocks(body: string): CodeBlock[] {
  const out: CodeBlock[] = [];
  const lines = body.split('\n');
  let open: {fence: string; lang: string; line: number; buf: string[]} | null = null;
  lines.forEach((line, i) => {
    const m = /^\s*(```+|~~~+)\s*([\w+-]*)/.exec(line);
    if (!open) {
      const [, fence, lang = ''] = m ?? [];
      if (fence) open = {fence, lang: lang.toLowerCase(), line: i + 1, buf: []};
      return;
    }
    if (m && line.trim().startsWith(open.fence) && line.trim().replace(/[`~]/g, '') === '') {
      out.push({lang: open.lang, code: open.buf.join('\n'), line: open.line});
      open = null;
      return;
    }
    open.buf.push(line);
  });
  return out;
}

export type Ec2Command = {
  subcommand: string;
  /** The waiter name for `aws ec2 wait <waiter>`. */
  waiter?: string;
  options: string[];
  /** 1-based line inside the snippet where the command starts. */
  line: number;
};

/**
 * Split a shell command into words, starting at `start`, until an unquoted
 * operator (`|`, `;`, `&`, `>`, `<`, a closing `)` or an unescaped newline)
 * ends the command. Quotes and `$( ... )` stay inside one word.
 */
function wordsFrom(src: string, start: number): string[] {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  let i = start;
  const push = () => {
    if (inWord) words.push(cur);
    cur = '';
    inWord = false;
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && src[i + 1] === '\n') {
      push();
      i += 2;
      continue;
    }
    if (c === '\\') {
      cur += src[i + 1] ?? '';
      inWord = true;
      i += 2;
      continue;
    }
    if (c === "'" || c === '"') {
      const end = src.indexOf(c, i + 1);
      const stop = end === -1 ? src.length : end;
      cur += src.slice(i + 1, stop);
      inWord = true;
      i = stop + 1;
      continue;
    }
    if (c === '$' && src[i + 1] === '(') {
      let depth = 0;
      let j = i + 1;
      for (; j < src.length; j++) {
        if (src[j] === '(') depth++;
        else if (src[j] === ')' && --depth === 0) break;
      }
      cur += src.slice(i, j + 1);
      inWord = true;
      i = j + 1;
      continue;
    }
    if (c === '\n' || c === '|' || c === ';' || c === '&' || c === '>' || c === '<' || c === ')' || c === '`') break;
    if (c === '#' && !inWord) break;
    if (c === ' ' || c === '\t') {
      push();
      i++;
      continue;
    }
    cur += c;
    inWord = true;
    i++;
  }
  push();
  return words;
}

/** Every `aws ec2 ...` command in a shell snippet (comment lines are skipped). */
export function findEc2Commands(shell: string): Ec2Command[] {
  const out: Ec2Command[] = [];
  const src = shell
    .split('\n')
    .map((l) => (/^\s*#/.test(l) ? '' : l))
    .join('\n');
  const re = /(^|[\s;|&(`$])aws\s+ec2\s+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    const start = m.index + m[0].length;
    const words = wordsFrom(src, start);
    const line = src.slice(0, start).split('\n').length;
    const [subcommand = '', ...rest] = words;
    let waiter: string | undefined;
    let args = rest;
    if (subcommand === 'wait') {
      waiter = rest[0] ?? '';
      args = rest.slice(1);
    }
    const options = args.filter((w) => w.startsWith('--')).map((w) => w.replace(/=.*$/s, ''));
    out.push({subcommand, waiter, options, line});
  }
  return out;
}

/** Problems with one command: unknown subcommand, waiter or option. Empty when fine. */
export function checkEc2Command(cmd: Ec2Command): string[] {
  let known: readonly string[] | undefined;
  let label = cmd.subcommand;
  if (cmd.subcommand === 'wait') {
    const describe = cmd.waiter ? EC2_WAITERS[cmd.waiter] : undefined;
    if (!describe) return [`unknown waiter "aws ec2 wait ${cmd.waiter ?? ''}"`];
    known = EC2_COMMANDS[describe];
    label = `wait ${cmd.waiter}`;
  } else {
    known = Object.hasOwn(EC2_COMMANDS, cmd.subcommand) ? EC2_COMMANDS[cmd.subcommand] : undefined;
  }
  if (!known) return [`unknown subcommand "aws ec2 ${cmd.subcommand}"`];
  const allowed = new Set([...known, ...GLOBAL_OPTIONS]);
  return cmd.options.filter((o) => !allowed.has(o)).map((o) => `"aws ec2 ${label}" has no option ${o}`);
}

/** All problems in a shell snippet, each prefixed with its line. */
export function checkShellSnippet(shell: string): string[] {
  return findEc2Commands(shell).flatMap((c) => checkEc2Command(c).map((p) => `line ${c.line}: ${p}`));
}

/* ------------------------------------------------------------------------ */
/* CloudFormation YAML                                                       */
/* ------------------------------------------------------------------------ */

const CFN_SCALAR_TAGS = ['Ref', 'Sub', 'GetAtt', 'GetAZs', 'ImportValue', 'Base64', 'Condition'];
const CFN_SEQUENCE_TAGS = ['GetAtt', 'Sub', 'Join', 'Select', 'Split', 'FindInMap', 'If', 'Equals', 'And', 'Or', 'Not', 'Cidr'];
const CFN_MAPPING_TAGS = ['Base64', 'Transform'];

function fnName(tag: string): string {
  return tag === 'Ref' || tag === 'Condition' ? tag : `Fn::${tag}`;
}

/** A js-yaml schema that knows CloudFormation's short-form intrinsic functions. */
export const CFN_SCHEMA = yaml.DEFAULT_SCHEMA.extend([
  ...CFN_SCALAR_TAGS.map(
    (tag) =>
      new yaml.Type(`!${tag}`, {
        kind: 'scalar',
        construct: (data: string) => ({[fnName(tag)]: tag === 'GetAtt' ? String(data).split('.') : data}),
      }),
  ),
  ...CFN_SEQUENCE_TAGS.map((tag) => new yaml.Type(`!${tag}`, {kind: 'sequence', construct: (data: unknown[]) => ({[fnName(tag)]: data})})),
  ...CFN_MAPPING_TAGS.map((tag) => new yaml.Type(`!${tag}`, {kind: 'mapping', construct: (data: unknown) => ({[fnName(tag)]: data})})),
]);

/** Parse YAML that may be a CloudFormation template. Throws with js-yaml's message on bad YAML. */
export function parseYaml(src: string): unknown {
  return yaml.load(src, {schema: CFN_SCHEMA});
}

/**
 * Top-level properties of the CloudFormation resource types our snippets use
 * (from the CloudFormation template reference). A snippet using another type
 * fails until the type is added here, so that property names stay checked.
 */
export const CFN_RESOURCE_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'AWS::EC2::SecurityGroup': ['GroupDescription', 'GroupName', 'SecurityGroupEgress', 'SecurityGroupIngress', 'Tags', 'VpcId'],
  'AWS::EC2::SecurityGroupIngress': [
    'CidrIp',
    'CidrIpv6',
    'Description',
    'FromPort',
    'GroupId',
    'GroupName',
    'IpProtocol',
    'SourcePrefixListId',
    'SourceSecurityGroupId',
    'SourceSecurityGroupName',
    'SourceSecurityGroupOwnerId',
    'ToPort',
  ],
  'AWS::EC2::SecurityGroupEgress': [
    'CidrIp',
    'CidrIpv6',
    'Description',
    'DestinationPrefixListId',
    'DestinationSecurityGroupId',
    'FromPort',
    'GroupId',
    'IpProtocol',
    'ToPort',
  ],
  'AWS::EC2::PlacementGroup': ['PartitionCount', 'SpreadLevel', 'Strategy', 'Tags'],
  'AWS::EC2::LaunchTemplate': ['LaunchTemplateData', 'LaunchTemplateName', 'TagSpecifications', 'VersionDescription'],
  'AWS::EC2::NetworkInterface': [
    'ConnectionTrackingSpecification',
    'Description',
    'EnablePrimaryIpv6',
    'GroupSet',
    'InterfaceType',
    'Ipv4PrefixCount',
    'Ipv4Prefixes',
    'Ipv6AddressCount',
    'Ipv6Addresses',
    'Ipv6PrefixCount',
    'Ipv6Prefixes',
    'PrivateIpAddress',
    'PrivateIpAddresses',
    'SecondaryPrivateIpAddressCount',
    'SourceDestCheck',
    'SubnetId',
    'Tags',
  ],
  'AWS::EC2::NetworkInterfaceAttachment': ['DeleteOnTermination', 'DeviceIndex', 'EnaSrdSpecification', 'InstanceId', 'NetworkInterfaceId'],
  'AWS::EC2::Instance': [
    'AvailabilityZone',
    'IamInstanceProfile',
    'ImageId',
    'InstanceType',
    'KeyName',
    'LaunchTemplate',
    'NetworkInterfaces',
    'PlacementGroupName',
    'SecurityGroupIds',
    'SourceDestCheck',
    'SubnetId',
    'Tags',
    'UserData',
  ],
};

/** Properties of `LaunchTemplateData.NetworkInterfaces[]` (CloudFormation LaunchTemplate NetworkInterface). */
export const CFN_LAUNCH_TEMPLATE_NETWORK_INTERFACE = [
  'AssociateCarrierIpAddress',
  'AssociatePublicIpAddress',
  'ConnectionTrackingSpecification',
  'DeleteOnTermination',
  'Description',
  'DeviceIndex',
  'EnaQueueCount',
  'EnaSrdSpecification',
  'Groups',
  'InterfaceType',
  'Ipv4PrefixCount',
  'Ipv4Prefixes',
  'Ipv6AddressCount',
  'Ipv6Addresses',
  'Ipv6PrefixCount',
  'Ipv6Prefixes',
  'NetworkCardIndex',
  'NetworkInterfaceId',
  'PrimaryIpv6',
  'PrivateIpAddress',
  'PrivateIpAddresses',
  'SecondaryPrivateIpAddressCount',
  'SubnetId',
] as const;

const INTERFACE_TYPES = ['interface', 'efa', 'efa-only', 'trunk'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Problems in a parsed CloudFormation template: unknown resource types,
 * unknown properties, and launch-template network interfaces with wrong names
 * or an unknown InterfaceType. Documents without `Resources` are not templates
 * and give no problems.
 */
export function checkCloudFormation(doc: unknown): string[] {
  if (!isRecord(doc) || !isRecord(doc.Resources)) return [];
  const problems: string[] = [];
  for (const [name, res] of Object.entries(doc.Resources)) {
    if (!isRecord(res) || typeof res.Type !== 'string') {
      problems.push(`${name}: resource without a Type`);
      continue;
    }
    const known = CFN_RESOURCE_PROPERTIES[res.Type];
    if (!known) {
      problems.push(`${name}: resource type ${res.Type} is not in CFN_RESOURCE_PROPERTIES`);
      continue;
    }
    const props = isRecord(res.Properties) ? res.Properties : {};
    for (const p of Object.keys(props)) {
      if (!known.includes(p)) problems.push(`${name}: ${res.Type} has no property ${p}`);
    }
    if (res.Type === 'AWS::EC2::LaunchTemplate' && isRecord(props.LaunchTemplateData)) {
      const nis = props.LaunchTemplateData.NetworkInterfaces;
      if (nis !== undefined && !Array.isArray(nis)) problems.push(`${name}: NetworkInterfaces must be a list`);
      (Array.isArray(nis) ? nis : []).forEach((ni, i) => {
        if (!isRecord(ni)) return;
        for (const p of Object.keys(ni)) {
          if (!(CFN_LAUNCH_TEMPLATE_NETWORK_INTERFACE as readonly string[]).includes(p)) {
            problems.push(`${name}: NetworkInterfaces[${i}] has no property ${p}`);
          }
        }
        if (typeof ni.InterfaceType === 'string' && !INTERFACE_TYPES.includes(ni.InterfaceType)) {
          problems.push(`${name}: NetworkInterfaces[${i}].InterfaceType "${ni.InterfaceType}" is not one of ${INTERFACE_TYPES.join(', ')}`);
        }
        if (ni.InterfaceType === 'efa-only' && ni.NetworkCardIndex === 0 && ni.DeviceIndex === 0) {
          problems.push(`${name}: NetworkInterfaces[${i}] puts an efa-only interface on the primary slot`);
        }
      });
    }
  }
  return problems;
}

/** Unbalanced (), [] or {} outside strings and comments: a cheap sanity check for HCL and TypeScript. */
export function bracketProblems(src: string, lineComment: string): string[] {
  const pairs: Record<string, string> = {')': '(', ']': '[', '}': '{'};
  const stack: {c: string; line: number}[] = [];
  let line = 1;
  for (let i = 0; i < src.length; i++) {
    const c = src.charAt(i);
    if (c === '\n') {
      line++;
      continue;
    }
    if (src.startsWith(lineComment, i) || (lineComment === '#' && src.startsWith('//', i))) {
      const nl = src.indexOf('\n', i);
      i = (nl === -1 ? src.length : nl) - 1;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\') j++;
        if (src[j] === '\n') line++;
        j++;
      }
      i = j;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') stack.push({c, line});
    else if (c in pairs) {
      const top = stack.pop();
      if (!top || top.c !== pairs[c]) return [`line ${line}: unexpected "${c}"`];
    }
  }
  return stack.map((s) => `line ${s.line}: "${s.c}" is never closed`);
}
