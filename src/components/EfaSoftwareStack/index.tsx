/**
 * The EFA software stack as layers, top (applications) to bottom (the EFA
 * device and SRD), with the ENA side for ordinary IP traffic that an
 * efa-only interface does not have. Every layer is a button: a click, tap or
 * Enter shows what it is in the panel below, with a link to its glossary
 * entry. The choices are a GET form named after the URL parameters
 * (?stack=efa-only&layer=rdma-core), so they work before the code loads.
 * Data: src/lib/efaStack.ts. Complete without JavaScript (every description
 * is listed in a <noscript> block).
 */
import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {ALL_ITEMS, ENA_SIDE, SRD_ITEM, STACK_ROWS, hasEnaSide, itemById, type Space, type StackItem, type StackMode} from '@site/src/lib/efaStack';
import {registerSchema, useUrlState} from '@site/src/hooks/useUrlState';
import ParamNotice from '@site/src/components/ParamNotice';
import styles from './styles.module.css';
import FullScreen from '@site/src/components/FullScreen';

const schema = registerSchema({
  stack: {kind: 'enum', values: ['efa', 'efa-only'], default: 'efa'},
  layer: {kind: 'enum', values: ALL_ITEMS.map((i) => i.id), default: 'libfabric'},
} as const);

const SPACE_LABELS: Record<Space, string> = {
  user: 'User space',
  kernel: 'Kernel',
  hardware: 'Hardware and network',
};

const glossaryHref = (item: StackItem) => `/docs/reference/glossary#${item.glossary}`;

function Layer({item, infoId, active, onShow}: {item: StackItem; infoId: string; active: boolean; onShow: (id: string) => void}) {
  return (
    <li className={clsx(styles.item, active && styles.itemActive)} data-item={item.id}>
      <button type="submit" name="layer" value={item.id} className={styles.layer} aria-pressed={active} aria-controls={infoId} onClick={() => onShow(item.id)}>
        {item.name}
      </button>
    </li>
  );
}

export default function EfaSoftwareStack(): ReactNode {
  const {state, setState, ignored, ready} = useUrlState(schema);
  const mode = state.stack as StackMode;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const infoId = `${uid}-info`;
  const active = itemById(state.layer) ?? itemById('libfabric')!;
  const withEna = hasEnaSide(mode);
  const show = (layer: string) => setState((s) => ({...s, layer}));

  let lastSpace: Space | null = null;
  return (
    <form
      method="get"
      className={styles.root}
      aria-label="EFA software stack"
      data-testid="efa-stack"
      data-mode={mode}
      data-ready={ready || undefined}
      onSubmit={(e) => e.preventDefault()}
    >
      <ParamNotice ignored={ignored} />
      <div role="group" aria-label="Interface type" className={styles.modes}>
        {(['efa', 'efa-only'] as const).map((m) => (
          <button
            key={m}
            type="submit"
            name="stack"
            value={m}
            className={clsx('button button--sm', m === mode ? 'button--primary' : 'button--secondary')}
            aria-pressed={m === mode}
            onClick={() => setState((s) => ({...s, stack: m}))}
          >
            Interface type <code className={styles.code}>{m}</code>
          </button>
        ))}
      </div>
      <FullScreen label="The EFA software stack">
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
                      <Layer key={item.id} item={item} infoId={infoId} active={item.id === active.id} onShow={show} />
                    ))}
                  </ul>
                </div>
              );
            })}
            <div className={clsx(styles.row, styles.space_hardware)}>
              <ul className={styles.items}>
                <Layer item={SRD_ITEM} infoId={infoId} active={SRD_ITEM.id === active.id} onShow={show} />
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
                    <Layer item={item} infoId={infoId} active={item.id === active.id} onShow={show} />
                  </ul>
                </div>
              ))
            ) : (
              <p className={styles.absent}>
                Not present: an <code className={styles.code}>efa-only</code> interface has no ENA device and no IP address, so ordinary traffic uses another
                interface. <Link to="/docs/reference/glossary#efa-only">Glossary: efa-only interface</Link>
              </p>
            )}
          </div>
        </div>
      </FullScreen>
      <p className={styles.info} id={infoId} aria-live="polite" data-testid="efa-stack-info">
        <strong>{active.name}:</strong> {active.what} <Link to={glossaryHref(active)}>Glossary: {active.glossaryLabel}</Link>
      </p>
      <noscript>
        <dl className={styles.noscript}>
          {ALL_ITEMS.map((item) => (
            <div key={item.id}>
              <dt>{item.name}</dt>
              <dd>
                {item.what} <Link to={glossaryHref(item)}>Glossary: {item.glossaryLabel}</Link>
              </dd>
            </div>
          ))}
        </dl>
      </noscript>
    </form>
  );
}
