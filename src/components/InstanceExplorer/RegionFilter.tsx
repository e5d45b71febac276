import type {ReactNode} from 'react';
import styles from './styles.module.css';
import own from './networkData.module.css';

/** The `?region=` filter: a real form field, so it works before the explorer's code arrives. */
export default function RegionFilter({regions, value, onChange}: {regions: readonly string[]; value: string; onChange: (v: string) => void}): ReactNode {
  return (
    <div className={styles.field}>
      <label htmlFor="ie-region">Region</label>
      <select id="ie-region" name="region" value={value} aria-describedby="ie-region-help" onChange={(e) => onChange(e.target.value)}>
        <option value="">Any Region</option>
        {regions.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <span id="ie-region-help" className={own.help}>
        Offered in at least one zone there.
      </span>
    </div>
  );
}
