/** The plan's figures: max pods four ways, addresses per node and for the group, subnet sizes. */
import type {ReactNode} from 'react';
import {MODE_LABELS, cniLimits, type Figure, type Plan} from '@site/src/lib/eksPlanner';
import {eksRules} from '@site/src/data/eksRules';
import RuleLinks from './RuleLinks';
import styles from './styles.module.css';

const fmt = (n: number) => n.toLocaleString('en-US');

function Row({label, figure}: {label: string; figure: Figure}): ReactNode {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className={styles.num}>{fmt(figure.value)}</td>
      <td>
        {figure.working} <RuleLinks rules={figure.rules} />
      </td>
    </tr>
  );
}

function SubnetLine({label, size}: {label: string; size: {prefixLength: number | null; working: string}}): ReactNode {
  return (
    <li>
      <strong>
        {label}: {size.prefixLength === null ? 'more than one subnet' : `/${size.prefixLength}`}
      </strong>{' '}
      — {size.working}
    </li>
  );
}

export default function PlanResult({plan}: {plan: Plan}): ReactNode {
  const t = plan.type;
  const mp = plan.maxPods;
  const g = plan.group;
  return (
    <section className={styles.result} aria-labelledby="eks-plan-title">
      <h2 id="eks-plan-title" className={styles.title}>
        {t.type}, {MODE_LABELS[plan.mode].toLowerCase()}: <span data-testid="planner-max-pods">{mp.recommended.value}</span> pods per node,{' '}
        <span data-testid="planner-group-addresses">{fmt(g.nodeSubnet + g.podSubnet)}</span> subnet addresses for {fmt(g.nodes)} nodes
      </h2>
      <p className={styles.sub}>
        {t.type}: {t.vcpus} vCPUs, {t.cards.length} network card{t.cards.length === 1 ? '' : 's'}, {t.maxEni} ENIs ({cniLimits(t).enis} on the default card),{' '}
        {t.ipv4PerEni} IPv4 per ENI, hypervisor {t.hypervisor ?? 'not reported'}, {t.branchEni === null ? 'branch ENIs unknown' : `${t.branchEni} branch ENIs`}.
      </p>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption>Max pods per node</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Pods</th>
              <th scope="col">Working and source</th>
            </tr>
          </thead>
          <tbody>
            <Row label="The formula for this mode" figure={mp.formula} />
            <Row label="What the VPC CNI can address" figure={mp.cni} />
            <Row label="AL2023 nodeadm default" figure={mp.nodeadm} />
            <Row label="Karpenter default" figure={mp.karpenter} />
            <Row label="Recommended ceiling" figure={mp.ceiling} />
            <Row label="Value to set" figure={mp.recommended} />
          </tbody>
        </table>
      </div>
      <h3 className={styles.subhead}>Subnet addresses per node at {plan.node.pods} pods</h3>
      <ul data-testid="planner-node-lines">
        {plan.node.lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <h3 className={styles.subhead}>For {fmt(g.nodes)} nodes</h3>
      <ul>
        <li>
          {plan.mode === 'custom'
            ? `Node subnet: ${fmt(plan.node.nodeSubnet)} × ${fmt(g.nodes)} = ${fmt(g.nodeSubnet)} addresses; pod subnet: ${fmt(plan.node.podSubnet)} × ${fmt(g.nodes)} = ${fmt(g.podSubnet)}.`
            : `${fmt(plan.node.nodeSubnet)} × ${fmt(g.nodes)} = ${fmt(g.nodeSubnet)} addresses${g.prefixes ? `, of them ${fmt(g.prefixes)} /28 prefixes` : ''}.`}
        </li>
        <SubnetLine label={plan.mode === 'custom' ? 'Smallest node subnet' : 'Smallest subnet'} size={g.nodeSubnetSize} />
        {g.podSubnetSize && <SubnetLine label="Smallest pod subnet" size={g.podSubnetSize} />}
      </ul>
      <p className={styles.sources}>
        Subnets: {eksRules.reservedAddresses.statement} <RuleLinks rules={['reservedAddresses']} />
      </p>
      {plan.mode === 'prefix' && (
        <p className={styles.warning}>
          <strong>Free addresses are not free prefixes.</strong> {eksRules.fragmentation.statement} <RuleLinks rules={['fragmentation', 'prefixSize']} /> The
          “Prefix reservation” tab below has the command.
        </p>
      )}
    </section>
  );
}
