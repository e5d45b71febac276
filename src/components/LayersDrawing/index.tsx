/**
 * The site's idea in one drawing: ENI ⊃ ENA ⊃ EFA, three nested layers in the
 * palette of src/css/custom.css (AA in both themes). Plain inline SVG, no JS;
 * the viewBox is 340 px wide so its 15 px text is not scaled down on a phone.
 */
import type {ReactNode} from 'react';
import styles from './styles.module.css';

const LAYERS = [
  {key: 'eni', y: 0, h: 300, name: 'ENI', lines: ['Elastic network interface: the', 'VPC resource with IPs, security', 'groups and a MAC. What you attach.']},
  {key: 'ena', y: 92, h: 200, name: 'ENA', lines: ['Elastic Network Adapter: the', 'device and driver that move', 'its packets through the kernel.']},
  {key: 'efa', y: 184, h: 100, name: 'EFA', lines: ['An ENI of type efa: adds an', 'OS-bypass path for MPI and NCCL', 'through Libfabric.']},
] as const;

export default function LayersDrawing(): ReactNode {
  return (
    <svg className={styles.svg} viewBox="0 0 340 304" role="img" aria-labelledby="layers-title layers-desc">
      <title id="layers-title">ENI contains ENA contains EFA</title>
      <desc id="layers-desc">
        Three nested layers. The ENI is the interface in the VPC; inside it, ENA is the device and driver that carries its packets; inside that, an EFA adds an
        OS-bypass path for MPI and NCCL.
      </desc>
      {LAYERS.map((l, i) => (
        <g key={l.key} className={styles[l.key]}>
          <rect x={2 + i * 12} y={l.y + 2} width={336 - i * 24} height={l.h} rx="10" />
          <text x={16 + i * 12} y={l.y + 28} className={styles.name}>
            {l.name}
          </text>
          {l.lines.map((line, j) => (
            <text key={line} x={16 + i * 12} y={l.y + 50 + j * 19} className={styles.line}>
              {line}
            </text>
          ))}
        </g>
      ))}
    </svg>
  );
}
