/**
 * A small, polite notice that names the URL parameters a tool ignored.
 * The names are rendered as text (React escapes them), never as HTML.
 */
import type {ReactNode} from 'react';
import {describeIgnored, type IgnoredParam} from '@site/src/lib/urlState';
import styles from './styles.module.css';

export default function ParamNotice({ignored}: {ignored: IgnoredParam[]}): ReactNode {
  return (
    <p className={styles.notice} role="status" aria-live="polite" data-testid="param-notice" hidden={ignored.length === 0}>
      {describeIgnored(ignored)}
    </p>
  );
}
