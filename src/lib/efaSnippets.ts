/**
 * The EFA layout builder's copyable snippets: the launch configuration for a
 * layout in five formats (AWS CLI JSON, CloudFormation YAML, Terraform, CDK
 * TypeScript, eksctl) and the EFA security group in the same formats.
 * Pure string building; the test suite validates the output with the real
 * tools (scripts/lib/efaSnippetCheck.ts).
 */
import type {Slot} from './efaLayout';

export type SnippetIds = {
  /** Subnet ID, or '' for a placeholder. */
  subnet: string;
  /** Existing security group ID, or '' (CLI and eksctl only; the stacks create one). */
  sg: string;
  /** Placement group name, or '' for the default name. */
  pg: string;
  /** Launch template name, or '' for a name from the type. */
  lt: string;
};

export type SnippetInput = {type: string; slots: readonly Slot[]; nodes: number; ids: SnippetIds};

export const PLACEHOLDER = {
  subnet: 'SUBNET_ID',
  sg: 'SECURITY_GROUP_ID',
  vpc: 'VPC_ID',
  ami: 'AMI_ID',
  cluster: 'CLUSTER_NAME',
  region: 'REGION',
  lt: 'LAUNCH_TEMPLATE_ID',
} as const;
/** Terraform AWS provider version that added InterfaceType efa-only (hashicorp/terraform-provider-aws#39882). */
export const TERRAFORM_EFA_ONLY_VERSION = '5.74';

export function launchTemplateName(input: SnippetInput): string {
  return input.ids.lt || `efa-${input.type.replace(/\./g, '-')}`;
}
export const placementGroupName = (input: SnippetInput): string => input.ids.pg || 'efa-cluster';

// ---------------------------------------------------------------- AWS CLI

export type CliInterface = {
  NetworkCardIndex: number;
  DeviceIndex: number;
  InterfaceType: Slot['kind'];
  SubnetId: string;
  Groups: string[];
  DeleteOnTermination: boolean;
};

export function cliInterfaces(input: SnippetInput): CliInterface[] {
  return input.slots.map((s) => ({
    NetworkCardIndex: s.card,
    DeviceIndex: s.device,
    InterfaceType: s.kind,
    SubnetId: input.ids.subnet || PLACEHOLDER.subnet,
    Groups: [input.ids.sg || PLACEHOLDER.sg],
    DeleteOnTermination: true,
  }));
}

/** The value of `--network-interfaces`: a JSON array, one object per line. */
export function cliJson(input: SnippetInput): string {
  const rows = cliInterfaces(input).map((i) => `  ${JSON.stringify(i).replace(/,"/g, ', "').replace(/":/g, '": ')}`);
  return `[\n${rows.join(',\n')}\n]\n`;
}

export function cliCommand(input: SnippetInput): string {
  return [
    'aws ec2 run-instances \\',
    `  --instance-type ${input.type} \\`,
    `  --count ${input.nodes} \\`,
    `  --image-id ${PLACEHOLDER.ami} \\`,
    `  --placement GroupName=${placementGroupName(input)} \\`,
    '  --network-interfaces file://efa-interfaces.json',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------- CloudFormation

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function cloudFormation(input: SnippetInput): string {
  const subnetDefault = input.ids.subnet ? `\n    Default: ${input.ids.subnet}` : '';
  const nics = input.slots
    .map((s) =>
      [
        `          - NetworkCardIndex: ${s.card}`,
        `            DeviceIndex: ${s.device}`,
        `            InterfaceType: ${s.kind}`,
        '            SubnetId: !Ref SubnetId',
        '            Groups:',
        '              - !GetAtt EfaSecurityGroup.GroupId',
        '            DeleteOnTermination: true',
      ].join('\n'),
    )
    .join('\n');
  return `AWSTemplateFormatVersion: '2010-09-09'
Description: ${q(`EFA launch template for ${input.type} (${input.slots.length} network interfaces), its security group and a cluster placement group`)}
Parameters:
  VpcId:
    Type: AWS::EC2::VPC::Id
    Description: The VPC of the subnet
  SubnetId:
    Type: AWS::EC2::Subnet::Id
    Description: One subnet for every interface (EFA traffic stays in one Availability Zone)${subnetDefault}
Resources:
  EfaSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: EFA - all traffic to and from this group
      VpcId: !Ref VpcId
  EfaSelfIngress:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt EfaSecurityGroup.GroupId
      IpProtocol: '-1'
      SourceSecurityGroupId: !GetAtt EfaSecurityGroup.GroupId
  EfaSelfEgress:
    Type: AWS::EC2::SecurityGroupEgress
    Properties:
      GroupId: !GetAtt EfaSecurityGroup.GroupId
      IpProtocol: '-1'
      DestinationSecurityGroupId: !GetAtt EfaSecurityGroup.GroupId
  EfaPlacementGroup:
    Type: AWS::EC2::PlacementGroup
    Properties:
      Strategy: cluster
  EfaLaunchTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: ${launchTemplateName(input)}
      LaunchTemplateData:
        InstanceType: ${input.type}
        Placement:
          GroupName: !Ref EfaPlacementGroup
        NetworkInterfaces:
${nics}
Outputs:
  LaunchTemplateId:
    Value: !Ref EfaLaunchTemplate
  SecurityGroupId:
    Value: !GetAtt EfaSecurityGroup.GroupId
`;
}

// ---------------------------------------------------------------- Terraform

export function terraform(input: SnippetInput): string {
  const subnetDefault = input.ids.subnet ? `\n  default     = "${input.ids.subnet}"` : '';
  const nics = input.slots
    .map(
      (s) => `  network_interfaces {
    network_card_index    = ${s.card}
    device_index          = ${s.device}
    interface_type        = "${s.kind}"
    subnet_id             = var.subnet_id
    security_groups       = [aws_security_group.efa.id]
    delete_on_termination = true
  }`,
    )
    .join('\n\n');
  return `terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= ${TERRAFORM_EFA_ONLY_VERSION}" # InterfaceType efa-only needs 5.74 or later
    }
  }
}

variable "vpc_id" {
  type        = string
  description = "The VPC of the subnet"
}

variable "subnet_id" {
  type        = string
  description = "One subnet for every interface (EFA traffic stays in one Availability Zone)"${subnetDefault}
}

resource "aws_security_group" "efa" {
  name_prefix = "efa-"
  description = "EFA - all traffic to and from this group"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "efa_self" {
  security_group_id            = aws_security_group.efa.id
  referenced_security_group_id = aws_security_group.efa.id
  ip_protocol                  = "-1"
}

resource "aws_vpc_security_group_egress_rule" "efa_self" {
  security_group_id            = aws_security_group.efa.id
  referenced_security_group_id = aws_security_group.efa.id
  ip_protocol                  = "-1"
}

# Terraform removes the default allow-all egress rule; keep ordinary outbound IP traffic working.
resource "aws_vpc_security_group_egress_rule" "all_ipv4" {
  security_group_id = aws_security_group.efa.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}

resource "aws_placement_group" "efa" {
  name     = "${placementGroupName(input)}"
  strategy = "cluster"
}

resource "aws_launch_template" "efa" {
  name          = "${launchTemplateName(input)}"
  instance_type = "${input.type}"

  placement {
    group_name = aws_placement_group.efa.name
  }

${nics}
}
`;
}

// ---------------------------------------------------------------- CDK

export function cdk(input: SnippetInput): string {
  const rows = input.slots.map((s) => `  [${s.card}, ${s.device}, '${s.kind}'],`).join('\n');
  const subnetDefault = input.ids.subnet ? `, default: '${input.ids.subnet}'` : '';
  return `import {App, CfnOutput, CfnParameter, Stack} from 'aws-cdk-lib';
import {CfnLaunchTemplate, CfnPlacementGroup, CfnSecurityGroup, CfnSecurityGroupEgress, CfnSecurityGroupIngress} from 'aws-cdk-lib/aws-ec2';

const app = new App();
const stack = new Stack(app, 'EfaLayout');

const vpcId = new CfnParameter(stack, 'VpcId', {type: 'AWS::EC2::VPC::Id'});
const subnetId = new CfnParameter(stack, 'SubnetId', {type: 'AWS::EC2::Subnet::Id'${subnetDefault}});

// EFA needs all traffic in from and out to the group itself.
const sg = new CfnSecurityGroup(stack, 'EfaSecurityGroup', {
  groupDescription: 'EFA - all traffic to and from this group',
  vpcId: vpcId.valueAsString,
});
new CfnSecurityGroupIngress(stack, 'EfaSelfIngress', {groupId: sg.attrGroupId, ipProtocol: '-1', sourceSecurityGroupId: sg.attrGroupId});
new CfnSecurityGroupEgress(stack, 'EfaSelfEgress', {groupId: sg.attrGroupId, ipProtocol: '-1', destinationSecurityGroupId: sg.attrGroupId});

const pg = new CfnPlacementGroup(stack, 'EfaPlacementGroup', {strategy: 'cluster'});

// [network card index, device index, interface type]
const layout: [number, number, 'interface' | 'efa' | 'efa-only'][] = [
${rows}
];

const lt = new CfnLaunchTemplate(stack, 'EfaLaunchTemplate', {
  launchTemplateName: '${launchTemplateName(input)}',
  launchTemplateData: {
    instanceType: '${input.type}',
    placement: {groupName: pg.ref},
    networkInterfaces: layout.map(([networkCardIndex, deviceIndex, interfaceType]): CfnLaunchTemplate.NetworkInterfaceProperty => ({
      networkCardIndex,
      deviceIndex,
      interfaceType,
      subnetId: subnetId.valueAsString,
      groups: [sg.attrGroupId],
      deleteOnTermination: true,
    })),
  },
});

new CfnOutput(stack, 'LaunchTemplateId', {value: lt.ref});
new CfnOutput(stack, 'SecurityGroupId', {value: sg.attrGroupId});
`;
}

// ---------------------------------------------------------------- eksctl

export function eksctl(input: SnippetInput): string {
  return `# eksctl's efaEnabled: true makes every interface of type efa; for this layout,
# point the node group at the launch template above (its LaunchTemplateId output).
apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: ${PLACEHOLDER.cluster}
  region: ${PLACEHOLDER.region}
managedNodeGroups:
  - name: ${launchTemplateName(input)}
    launchTemplate:
      id: ${PLACEHOLDER.lt}
    minSize: ${input.nodes}
    desiredCapacity: ${input.nodes}
    maxSize: ${input.nodes}
`;
}

// ---------------------------------------------------------------- security group alone

export function securityGroupCli(): string {
  return `# Create the group, then let it talk to itself in both directions.
SG_ID=$(aws ec2 create-security-group --group-name efa --description "EFA - all traffic to and from this group" \\
  --vpc-id ${PLACEHOLDER.vpc} --query GroupId --output text)
aws ec2 authorize-security-group-ingress --group-id "$SG_ID" \\
  --ip-permissions "IpProtocol=-1,UserIdGroupPairs=[{GroupId=$SG_ID}]"
aws ec2 authorize-security-group-egress --group-id "$SG_ID" \\
  --ip-permissions "IpProtocol=-1,UserIdGroupPairs=[{GroupId=$SG_ID}]"
aws ec2 create-placement-group --group-name efa-cluster --strategy cluster
`;
}

/** Lines of a generated snippet that belong to the security group (for the SG tabs). */
export function securityGroupPart(snippet: string, format: 'cloudformation' | 'terraform' | 'cdk'): string {
  const lines = snippet.split('\n');
  if (format === 'cloudformation') {
    const start = lines.findIndex((l) => l === '  EfaSecurityGroup:');
    const end = lines.findIndex((l) => l === '  EfaPlacementGroup:');
    return `Resources:\n${lines.slice(start, end).join('\n')}\n`;
  }
  if (format === 'terraform') {
    const start = lines.findIndex((l) => l.startsWith('resource "aws_security_group"'));
    const end = lines.findIndex((l) => l.startsWith('resource "aws_placement_group"'));
    return `${lines.slice(start, end).join('\n').trimEnd()}\n`;
  }
  const start = lines.findIndex((l) => l.startsWith('// EFA needs all traffic'));
  const end = lines.findIndex((l) => l.startsWith('const pg ='));
  return `${lines.slice(start, end).join('\n').trimEnd()}\n`;
}
