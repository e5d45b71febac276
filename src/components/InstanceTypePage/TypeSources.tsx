import type {ReactNode} from 'react';
import {instanceCounts, instanceDataProvenance} from '@site/src/data/instanceCounts';

/** Where every figure on a type's page comes from, with versions and dates. */
export default function TypeSources(): ReactNode {
  const m = instanceDataProvenance.instances;
  const k = instanceDataProvenance.karpenter;
  return (
    <ul>
      <li>
        <a href={m.url}>
          getmoto/moto <code>instance_types.json</code>
        </a>
        : EC2 DescribeInstanceTypes records (commit <code>{m.commit.slice(0, 7)}</code>, as of {instanceCounts.asOf}, {m.licence}), imported{' '}
        {instanceDataProvenance.importDate}.
      </li>
      {k && (
        <li>
          <a href={k.url}>
            Karpenter <code>zz_generated.vpclimits.go</code>
          </a>
          : branch ENIs (commit <code>{k.commit.slice(0, 7)}</code>, generated {k.generated.slice(0, 10)}, {k.licence}).
        </li>
      )}
      <li>
        <a href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkInfo.html">EC2 API reference: NetworkInfo</a> (field meanings).
      </li>
      <li>
        <a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html#network-cards">Amazon EC2 User Guide: network cards</a>.
      </li>
      <li>
        <a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa.html">Amazon EC2 User Guide: Elastic Fabric Adapter</a>.
      </li>
      <li>
        <a href="https://github.com/aws/amazon-vpc-cni-k8s/blob/master/README.md">Amazon VPC CNI README</a> (max-pods formula, prefix delegation).
      </li>
    </ul>
  );
}
