/**
 * The counter tables of /docs/ena and /docs/guides/troubleshooting (and the
 * EFA counter table of /docs/tools/diagnose), rendered from the one sourced
 * module src/data/counters.ts that the allowance explainer and the counter
 * deltas also read. Static: no state, no controls.
 *
 * <AllowanceCounterTable />                 ENA allowance counters
 * <AllowanceCounterTable group="ena-express" />
 * <AllowanceCounterTable group="efa" />
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {COUNTERS_CHECKED, counterGroup, type CounterGroup} from '@site/src/data/counters';
import styles from './styles.module.css';

const HEAD: Record<CounterGroup, string> = {
  'ena-allowance': 'ENA allowance counters in ethtool -S',
  'ena-express': 'ENA Express counters in ethtool -S',
  efa: 'EFA device counters (hw_counters)',
};

export default function AllowanceCounterTable({group = 'ena-allowance'}: {group?: CounterGroup}): ReactNode {
  const rows = counterGroup(group);
  return (
    <div className={styles.wrap} data-testid={`counter-table-${group}`}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          {HEAD[group]} (checked against the sources {COUNTERS_CHECKED})
        </caption>
        <thead>
          <tr>
            <th scope="col">Counter</th>
            <th scope="col">What it counts</th>
            <th scope="col">What to do when it grows</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.name} id={`counter-${c.name.replace(/_/g, '-')}`}>
              <th scope="row">
                <code>{c.name}</code>
              </th>
              <td>
                {c.meaning}{' '}
                <a href={c.source} rel="noopener noreferrer" className={styles.source}>
                  Source
                </a>
              </td>
              <td>
                {c.action}
                {c.learnMore.startsWith('/docs/tools/diagnose') ? null : (
                  <>
                    {' '}
                    <Link to={c.learnMore}>More</Link>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
