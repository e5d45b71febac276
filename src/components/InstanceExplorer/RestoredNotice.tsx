/**
 * Shown when the page opened with an explorer view in its URL (a shared
 * link): says what was restored, with a way back to the default view, right
 * where the explorer scrolled the reader to. Unusable parameters are named
 * here too, not somewhere further down the page.
 */
import type {ReactNode} from 'react';
import ParamNotice from '@site/src/components/ParamNotice';
import type {IgnoredParam} from '@site/src/lib/urlState';
import styles from './styles.module.css';

export default function RestoredNotice({summary, ignored, onReset}: {summary: string | null; ignored: IgnoredParam[]; onReset: () => void}): ReactNode {
  return (
    <div className={styles.notices}>
      {summary && (
        <p className={styles.restored} role="status" data-testid="restored-notice">
          <strong>View from the link:</strong> {summary}.{' '}
          <button type="button" className={styles.linkButton} onClick={onReset}>
            Back to the default view
          </button>
        </p>
      )}
      <ParamNotice ignored={ignored} />
    </div>
  );
}
