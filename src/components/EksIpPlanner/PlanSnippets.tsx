/** The configuration for the plan, one tab per tool; the tab choice is remembered across pages. */
import type {ReactNode} from 'react';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import CodeBlock from '@theme/CodeBlock';
import type {Plan, WarmTargets} from '@site/src/lib/eksPlanner';
import {snippets} from '@site/src/lib/eksSnippets';
import styles from './styles.module.css';

export default function PlanSnippets({plan, targets, multiNic}: {plan: Plan; targets: WarmTargets; multiNic: boolean}): ReactNode {
  const list = snippets(plan, targets, multiNic);
  return (
    <section className={styles.snippets} aria-labelledby="eks-config-title">
      <h2 id="eks-config-title" className={styles.title}>
        Configuration to paste
      </h2>
      <p>
        Each snippet sets max pods to {plan.maxPods.recommended.value} and the VPC CNI settings above. Replace the cluster name, endpoint and IDs with yours.
      </p>
      <Tabs groupId="eks-config" className={styles.tabs} lazy>
        {list.map((s) => (
          <TabItem key={s.id} value={s.id} label={s.label}>
            <CodeBlock language={s.language}>{s.code}</CodeBlock>
          </TabItem>
        ))}
      </Tabs>
    </section>
  );
}
