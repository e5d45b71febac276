import type {ReactNode} from 'react';
import {commonZoneIds} from '@site/src/lib/instanceData';
import type {ExplorerRow} from '@site/src/lib/instanceFilter';
import styles from './networkData.module.css';

/** For 2+ compared types: the zone IDs that offer all of them (one EFA cluster must sit in one zone). */
export default function CommonZones({rows}: {rows: readonly ExplorerRow[]}): ReactNode {
  if (rows.length < 2) return null;
  const zones = commonZoneIds(rows);
  return (
    <div className={styles.zones} data-testid="common-zones">
      <h3>Zone IDs offering all {rows.length}</h3>
      {zones === null ? (
        <p>No offering data for one of these types.</p>
      ) : zones.length === 0 ? (
        <p>
          <strong>None.</strong> No zone offers all of these types, so they cannot share one EFA cluster (EFA OS-bypass traffic stays within one Availability
          Zone).
        </p>
      ) : (
        <p>
          {zones.length} zone ID{zones.length === 1 ? '' : 's'}:{' '}
          {zones.map((z, i) => (
            <span key={z}>
              {i > 0 && ', '}
              <code>{z}</code>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
