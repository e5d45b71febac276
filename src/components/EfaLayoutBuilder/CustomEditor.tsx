/**
 * The custom layout as one select per card and device index (live only;
 * the text field `slots` is the same layout as text and works without
 * JavaScript). Shows up to the first 4 device indexes of each card.
 */
import type {ReactNode} from 'react';
import type {InstanceType} from '@site/src/lib/instanceData';
import {encodeSlots, type InterfaceKind, type Slot} from '@site/src/lib/efaLayout';
import styles from './styles.module.css';

const CHOICES: {value: '' | InterfaceKind; label: string}[] = [
  {value: '', label: 'none'},
  {value: 'interface', label: 'ENA (interface)'},
  {value: 'efa', label: 'EFA with ENA (efa)'},
  {value: 'efa-only', label: 'EFA-only'},
];
const MAX_DEVICES_SHOWN = 4;

export default function CustomEditor({type, slots, onChange}: {type: InstanceType; slots: readonly Slot[]; onChange: (text: string) => void}): ReactNode {
  function set(card: number, device: number, kind: '' | InterfaceKind) {
    const rest = slots.filter((s) => !(s.card === card && s.device === device));
    onChange(encodeSlots(kind ? [...rest, {card, device, kind}].sort((a, b) => a.card - b.card || a.device - b.device) : rest));
  }
  const devices = Math.min(MAX_DEVICES_SHOWN, Math.max(...type.cards.map((c) => c.maxEni)));
  return (
    <div className={styles.editorWrap}>
      <table className={styles.editor} data-testid="efa-custom-editor">
        <caption>Custom layout: interface type per network card and device index</caption>
        <thead>
          <tr>
            <th scope="col">Card</th>
            {Array.from({length: devices}, (_, d) => (
              <th key={d} scope="col">
                Device {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {type.cards.map((card) => (
            <tr key={card.index}>
              <th scope="row">{card.index}</th>
              {Array.from({length: devices}, (_, d) => {
                if (d >= card.maxEni) return <td key={d}>–</td>;
                const current = slots.find((s) => s.card === card.index && s.device === d)?.kind ?? '';
                return (
                  <td key={d}>
                    <select
                      aria-label={`Card ${card.index}, device ${d}`}
                      value={current}
                      onChange={(e) => set(card.index, d, e.target.value as '' | InterfaceKind)}
                    >
                      {CHOICES.map((c) => (
                        <option key={c.value} value={c.value}>
                          {c.label}
                        </option>
                      ))}
                    </select>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
