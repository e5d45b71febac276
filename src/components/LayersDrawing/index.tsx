/**
 * The site's idea in one drawing: ENI ⊃ ENA ⊃ EFA, three nested layers in the
 * palette of src/css/custom.css (AA in both themes), each with a link to its
 * page and to the tool for the job at that layer. Plain inline SVG, no JS
 * (SVG links work with JavaScript off); the viewBox is 340 px wide so its
 * 15 px text is not scaled down on a phone.
 */
import type {ReactNode} from 'react';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import FullScreen from '@site/src/components/FullScreen';
import {LAYERS} from './layers';
import styles from './styles.module.css';

/** Height of one layer's own band (name, three lines, tool link). */
const BAND = 116;

export default function LayersDrawing(): ReactNode {
  const {withBaseUrl: href} = useBaseUrlUtils();
  // Nested boxes: each ends 8 px inside its parent's bottom edge.
  const inner = BAND * LAYERS.length;
  const height = inner + (LAYERS.length - 1) * 8 + 4;
  return (
    <FullScreen label="ENI, ENA and EFA as layers">
      <svg className={styles.svg} viewBox={`0 0 340 ${height}`} role="group" aria-labelledby="layers-title layers-desc">
        <title id="layers-title">ENI contains ENA contains EFA</title>
        <desc id="layers-desc">
          Three nested layers. The ENI is the interface in the VPC; inside it, ENA is the device and driver that carries its packets; inside that, an EFA adds
          an OS-bypass path for MPI and NCCL. Each layer links to its page and to a tool.
        </desc>
        {LAYERS.map((l, i) => {
          const y = i * BAND;
          const x = 16 + i * 12;
          return (
            <g key={l.key} className={styles[l.key]}>
              <rect x={2 + i * 12} y={y + 2} width={336 - i * 24} height={inner + (LAYERS.length - 1 - i) * 8 - y} rx="10" />
              <a href={href(l.page)} className={styles.link}>
                <text x={x} y={y + 28} className={styles.name}>
                  {l.name}
                </text>
              </a>
              {l.lines.map((line, j) => (
                <text key={line} x={x} y={y + 50 + j * 19} className={styles.line}>
                  {line}
                </text>
              ))}
              <a href={href(l.tool.to)} className={styles.link}>
                <text x={x} y={y + 108} className={styles.tool}>
                  {l.tool.label}
                </text>
              </a>
            </g>
          );
        })}
      </svg>
    </FullScreen>
  );
}
