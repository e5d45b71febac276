/**
 * The launch configuration and the EFA security group in five formats, in
 * Docusaurus tabs that share the site's `iac` group (the reader's choice is
 * remembered across pages), each with a copy button (CodeBlock).
 */
import type {ReactNode} from 'react';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import CodeBlock from '@theme/CodeBlock';
import {
  cdk,
  cliCommand,
  cliJson,
  cloudFormation,
  eksctl,
  launchTemplateName,
  securityGroupCli,
  securityGroupPart,
  terraform,
  TERRAFORM_EFA_ONLY_VERSION,
  type SnippetInput,
} from '@site/src/lib/efaSnippets';
import {networkRules} from '@site/src/data/networkRules';
import styles from './styles.module.css';

const EKS_EFA_DOC = 'https://docs.aws.amazon.com/eks/latest/userguide/device-management-efa.html';
const EKSCTL_LT_DOC = 'https://docs.aws.amazon.com/eks/latest/eksctl/launch-template-support.html';
const PLACEMENT_DOC = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa-start.html';
const TF_EFA_ONLY_PR = 'https://github.com/hashicorp/terraform-provider-aws/pull/39882';

export default function SnippetTabs({input}: {input: SnippetInput}): ReactNode {
  const cfn = cloudFormation(input);
  const tf = terraform(input);
  const cdkSource = cdk(input);
  const file = launchTemplateName(input);
  return (
    <div className={styles.snippets} data-testid="efa-snippets">
      <h2 className={styles.heading} id="efa-layout-snippets">
        Launch configuration
      </h2>
      {/* lazy: only the chosen format is in the page (a p5.48xlarge layout in all five was 9,000 elements, 430 KB of HTML); without JavaScript the first tab is all a reader can open anyway. */}
      <Tabs groupId="iac" lazy>
        <TabItem value="cli" label="AWS CLI">
          <p>
            The value of <code>--network-interfaces</code> as a JSON array: save it as <code>efa-interfaces.json</code>. Every interface needs the subnet and
            the EFA security group (a launch with network interfaces takes no instance-level security groups).
          </p>
          <CodeBlock language="json" title="efa-interfaces.json">
            {cliJson(input)}
          </CodeBlock>
          <CodeBlock language="bash">{cliCommand(input)}</CodeBlock>
        </TabItem>
        <TabItem value="cloudformation" label="CloudFormation (YAML)">
          <p>A complete template: the launch template, the EFA security group with both self-referencing rules, and a cluster placement group.</p>
          <CodeBlock language="yaml" title={`${file}.yaml`}>
            {cfn}
          </CodeBlock>
        </TabItem>
        <TabItem value="terraform" label="Terraform (HCL)">
          <p>
            <code>InterfaceType</code> <code>efa-only</code> needs AWS provider {TERRAFORM_EFA_ONLY_VERSION} or later (
            <a href={TF_EFA_ONLY_PR}>terraform-provider-aws #39882</a>).
          </p>
          <CodeBlock language="hcl" title="main.tf">
            {tf}
          </CodeBlock>
        </TabItem>
        <TabItem value="cdk" label="AWS CDK (TypeScript)">
          <CodeBlock language="typescript" title="bin/efa-layout.ts">
            {cdkSource}
          </CodeBlock>
        </TabItem>
        <TabItem value="eksctl" label="eksctl (EKS)">
          <p>
            eksctl&apos;s <code>efaEnabled: true</code> gives every interface the type <code>efa</code> (<a href={EKS_EFA_DOC}>Amazon EKS docs</a>
            ). For this layout, create the launch template (CloudFormation, Terraform or CDK tab) and point a managed node group at it (
            <a href={EKSCTL_LT_DOC}>eksctl launch template support</a>).
          </p>
          <CodeBlock language="yaml" title="cluster.yaml">
            {eksctl(input)}
          </CodeBlock>
        </TabItem>
      </Tabs>

      <h2 className={styles.heading} id="efa-layout-security-group">
        The security group the EFAs need
      </h2>
      <p>
        {networkRules.efaSecurityGroupSelfRef.statement} (<a href={networkRules.efaSecurityGroupSelfRef.source}>AWS</a>, checked{' '}
        {networkRules.efaSecurityGroupSelfRef.asOf}). Both rules are needed; a likely reason the <code>0.0.0.0/0</code> rule does not help is that SRD endpoints
        are not IP addresses (EFA-only interfaces have none). A cluster placement group is recommended for EFA, not required (<a href={PLACEMENT_DOC}>AWS</a>).
      </p>
      <Tabs groupId="iac">
        <TabItem value="cli" label="AWS CLI">
          <CodeBlock language="bash">{securityGroupCli()}</CodeBlock>
        </TabItem>
        <TabItem value="cloudformation" label="CloudFormation (YAML)">
          <CodeBlock language="yaml">{securityGroupPart(cfn, 'cloudformation')}</CodeBlock>
        </TabItem>
        <TabItem value="terraform" label="Terraform (HCL)">
          <CodeBlock language="hcl">{securityGroupPart(tf, 'terraform')}</CodeBlock>
        </TabItem>
        <TabItem value="cdk" label="AWS CDK (TypeScript)">
          <CodeBlock language="typescript">{securityGroupPart(cdkSource, 'cdk')}</CodeBlock>
        </TabItem>
        <TabItem value="eksctl" label="eksctl (EKS)">
          <p>
            Use the group from the launch template. With <code>efaEnabled: true</code> eksctl creates an EFA security group itself (
            <a href={EKS_EFA_DOC}>Amazon EKS docs</a>).
          </p>
        </TabItem>
      </Tabs>
    </div>
  );
}
