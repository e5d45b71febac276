/**
 * The EFA software stack as layers, top (applications) to bottom (the EFA
 * device and SRD), with the ENA side for ordinary IP traffic that an
 * efa-only interface does not have. Every layer is a link to its glossary
 * entry; hovering or focusing it shows what it is in the panel below.
 * Data: src/lib/efaStack.ts. Complete and usable without JavaScript.
 */
import {useEffect, useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {ENA_SIDE, SRD_ITEM, STACK_ROWS, hasEnaSide, itemById, type Space, type StackItem, type StackMode} from '@site/src/lib/efaStack';
import styles from './styles.module.css';

const SPACE_LABELS: Record<Space, string> = {
  user: 'User space',
  kernel: 'Kernel',
  hardware: 'Hardware and network',
};

const glossaryHref = (item: StackItem) => `/docs/reference/glossary#${item.glossary}`;

function Layer({item, uid, active, onShow}: {item: StackItem; uid: string; active: boolean; onShow: (id: string) => void}) {
  const descId = `${uid}-${item.id}`;
  return (
    // Docusaurus' Link uses onMouseEnter itself (prefetching), so hover is caught on the item.
    <li className={clsx(styles.item, active && styles.itemActive)} data-item={item.id} onMouseEnter={() => onShow(item.id)}>
      <Link to={glossaryHref(item)} className={styles.layer} aria-describedby={descId} onFocus={() => onShow(item.id)}>
        {item.name}
      </Link>
      <span id={descId} className="sr-only">
        {item.what}
      </span>
    </li>
  );
}

export default function EfaSoftwareStack(): ReactNode {
  const [mode, setMode] = useState<StackMode>('efa');
  const [activeId, setActiveId] = useState('libfabric');
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const active = itemById(activeId) ?? itemById('libfabric')!;
  const withEna = hasEnaSide(mode);

  let lastSpace: Space | null = null;
  return (
    <section className={styles.root} aria-label="EFA software stack" data-testid="efa-stack" data-mode={mode} data-ready={ready || undefined}>
      <div role="group" aria-label="Interface type" className={styles.modes}>
        {(['efa', 'efa-only'] as const).map((m) => (
          <button
            key={m}
            type="button"
            className={clsx('button button--sm', m === mode ? 'button--primary' : 'button--secondary')}
            aria-pressed={m === mode}
            onClick={() => setMode(m)}>
            Interface type <code className={styles.code}>{m}</code>
          </button>
        ))}
      </div>
      <div className={styles.grid}>
        <div className={styles.main}>
          <p className={styles.columnTitle}>OS-bypass stack (EFA device)</p>
          {STACK_ROWS.map((row, i) => {
            const label = row.space !== lastSpace ? SPACE_LABELS[row.space] : null;
            lastSpace = row.space;
            return (
              <div key={i} className={clsx(styles.row, styles[`space_${row.space}`])}>
                {label && <p className={styles.spaceLabel}>{label}</p>}
                <ul className={styles.items}>
                  {row.items.map((item) => (
                    <Layer key={item.id} item={item} uid={uid} active={item.id === active.id} onShow={setActiveId} />
                  ))}
                </ul>
              </div>
            );
          })}
          <div className={clsx(styles.row, styles.space_hardware)}>
            <ul className={styles.items}>
              <Layer item={SRD_ITEM} uid={uid} active={SRD_ITEM.id === active.id} onShow={setActiveId} />
            </ul>
          </div>
        </div>
        <div className={clsx(styles.side, !withEna && styles.sideAbsent)} data-testid="ena-side">
          <p className={styles.columnTitle}>Ordinary IP traffic (ENA device)</p>
          {withEna ? (
            ENA_SIDE.map((item) => (
              <div key={item.id} className={clsx(styles.row, item.id === 'tcpip' ? styles.space_kernel : styles.space_hardware)}>
                <p className={styles.spaceLabel}>{item.id === 'tcpip' ? 'Kernel' : 'Hardware'}</p>
                <ul className={styles.items}>
                  <Layer item={item} uid={uid} active={item.id === active.id} onShow={setActiveId} />
                </ul>
              </div>
            ))
          ) : (
            <p className={styles.absent}>
              Not present: an <code className={styles.code}>efa-only</code> interface has no ENA device and no IP address, so ordinary traffic uses
              another interface.{' '}
              <Link to="/docs/reference/glossary#efa-only">Glossary: efa-only interface</Link>
            </p>
          )}
        </div>
      </div>
      <p className={styles.info} aria-live="polite" data-testid="efa-stack-info">
        <strong>{active.name}:</strong> {active.what} <Link to={glossaryHref(active)}>Glossary: {active.glossaryLabel}</Link>
      </p>
    </section>
  );
}
