/**
 * One small SVG per network card: its device indexes, what sits on each
 * (ENA / EFA with ENA / EFA-only), which have an IP address, and the card's
 * interface limit. Cards wrap in a grid, so the text stays readable at
 * 375 px. A table with the same content follows as the text alternative.
 */
import type {ReactNode} from 'react';
import type {InstanceType} from '@site/src/lib/instanceData';
import {hasIp, type InterfaceKind, type Slot} from '@site/src/lib/efaLayout';
import styles from './styles.module.css';
import FullScreen from '@site/src/components/FullScreen';

export const KIND_LABEL: Record<InterfaceKind, string> = {interface: 'ENA', efa: 'EFA + ENA', 'efa-only': 'EFA-only'};
const KIND_CLASS: Record<InterfaceKind, string | undefined> = {interface: styles.kindEna, efa: styles.kindEfa, 'efa-only': styles.kindEfaOnly};

const W = 168;
const HEAD = 40;
const ROW = 26;

function describe(card: number, on: readonly Slot[], max: number): string {
  const parts = on.map((s) => `device ${s.device} ${KIND_LABEL[s.kind]}${hasIp(s) ? ' with an IP' : ', no IP'}`);
  return `Network card ${card}: ${on.length} of ${max} interfaces${parts.length ? `: ${parts.join('; ')}` : ', unused'}.`;
}

function Card({index, max, on}: {index: number; max: number; on: readonly Slot[]}): ReactNode {
  const rows = Math.max(1, on.length);
  const h = HEAD + rows * ROW + 6;
  return (
    <svg className={styles.card} viewBox={`0 0 ${W} ${h}`} width={W} height={h} role="img" aria-label={describe(index, on, max)} data-card={index}>
      <rect className={styles.cardFrame} x="0.5" y="0.5" width={W - 1} height={h - 1} rx="6" />
      <text className={styles.cardTitle} x="8" y="17">
        Card {index}
      </text>
      <text className={styles.cardLimit} x="8" y="33">
        {on.length} of {max} interface{max === 1 ? '' : 's'}
      </text>
      {on.length === 0 && (
        <text className={styles.cardLimit} x="8" y={HEAD + 17}>
          unused
        </text>
      )}
      {on.map((s, i) => {
        const y = HEAD + i * ROW;
        return (
          <g key={s.device} data-kind={s.kind}>
            <rect className={KIND_CLASS[s.kind]} x="6" y={y} width={W - 12} height={ROW - 4} rx="4" />
            <text className={styles.slotText} x="12" y={y + 15}>
              {`dev ${s.device} · ${KIND_LABEL[s.kind]}`}
            </text>
            <text className={styles.slotIp} x={W - 12} y={y + 15} textAnchor="end">
              {hasIp(s) ? 'IP' : 'no IP'}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export default function CardDiagram({type, slots}: {type: InstanceType; slots: readonly Slot[]}): ReactNode {
  return (
    <figure className={styles.diagram}>
      <FullScreen label="The interface layout per network card">
        <div className={styles.cards} data-testid="efa-cards">
          {type.cards.map((c) => (
            <Card key={c.index} index={c.index} max={c.maxEni} on={slots.filter((s) => s.card === c.index)} />
          ))}
        </div>
      </FullScreen>
      <figcaption className={styles.legend}>
        <span className={styles.legendItem}>
          <span className={`${styles.swatch} ${styles.kindEna}`} /> ENA (<code>interface</code>): IP traffic, one private IP
        </span>
        <span className={styles.legendItem}>
          <span className={`${styles.swatch} ${styles.kindEfa}`} /> EFA + ENA (<code>efa</code>): OS-bypass and IP, one private IP
        </span>
        <span className={styles.legendItem}>
          <span className={`${styles.swatch} ${styles.kindEfaOnly}`} /> EFA-only (<code>efa-only</code>): OS-bypass only, no IP
        </span>
      </figcaption>
      <details className={styles.table}>
        <summary>The layout as a table ({slots.length} interfaces)</summary>
        <table data-testid="efa-layout-table">
          <thead>
            <tr>
              <th scope="col">Network card</th>
              <th scope="col">Device index</th>
              <th scope="col">InterfaceType</th>
              <th scope="col">Private IP</th>
            </tr>
          </thead>
          <tbody>
            {slots.map((s) => (
              <tr key={`${s.card}:${s.device}`}>
                <td>{s.card}</td>
                <td>{s.device}</td>
                <td>
                  <code>{s.kind}</code>
                </td>
                <td>{hasIp(s) ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
