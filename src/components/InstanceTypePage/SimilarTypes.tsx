import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {typePagePath, type TypePageProps} from '@site/src/lib/instanceTypePage';
import type {InstanceType} from '@site/src/lib/instanceData';
import styles from './styles.module.css';

/** Neighbouring sizes of the same family, with the figures that differ most between sizes. */
export default function SimilarTypes({t, near, familySize}: {t: InstanceType; near: TypePageProps['similar']; familySize: number}): ReactNode {
  return (
    <>
      {near.length === 0 ? (
        <p>{t.type} is the only size of the {t.family} family in the data.</p>
      ) : (
        <ul className={styles.similar} data-testid="similar-types">
          {near.map((x) => (
            <li key={x.type}>
              <Link to={typePagePath(x.type)}>{x.type}</Link>: {x.maxEni} ENIs, {x.maxEfa > 0 ? `${x.maxEfa} EFA${x.maxEfa === 1 ? '' : 's'}` : 'no EFA'},{' '}
              {x.networkPerformance}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/docs/reference/instance-types?fam=${t.family}`}>
          All {familySize} {t.family} sizes in the explorer
        </Link>
      </p>
    </>
  );
}
