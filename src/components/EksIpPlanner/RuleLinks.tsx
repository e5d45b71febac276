/** Source links for the rules behind a figure: label, link and the date it was checked. */
import type {ReactNode} from 'react';
import {eksRules, type EksRuleId} from '@site/src/data/eksRules';
import styles from './styles.module.css';

export default function RuleLinks({rules}: {rules: readonly EksRuleId[]}): ReactNode {
  const unique = [...new Set(rules)];
  return (
    <span className={styles.sources}>
      {unique.map((id, i) => (
        <span key={id}>
          {i > 0 && '; '}
          <a href={eksRules[id].source}>{eksRules[id].sourceLabel}</a> (checked {eksRules[id].asOf})
        </span>
      ))}
    </span>
  );
}
