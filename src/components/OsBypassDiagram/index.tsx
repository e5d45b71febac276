/**
 * The kernel path and EFA's OS-bypass path, side by side in three bands
 * (user space, kernel, hardware and network), stepped through one message at
 * a time. The step model is src/lib/osBypassSteps.ts; this file only draws it.
 *
 * - The server renders the complete diagram (both paths, every label) and the
 *   steps as ordered lists; the SVG has a fixed viewBox, so nothing moves on
 *   hydration.
 * - State (view, step) is in the URL: ?view=bypass&step=3. The buttons are
 *   submit buttons of a GET form named after those parameters, so they work
 *   before the code has loaded (the lazy-island handoff).
 * - Previous / Next / Play buttons, and the arrow keys (Home/End too) when the
 *   diagram has focus. Each step's text goes to a polite live region.
 * - Motion: highlights change instantly. Only Play, and only without
 *   prefers-reduced-motion, turns on CSS transitions and a pulse; with reduced
 *   motion Play just advances the steps on a timer.
 */
import {useCallback, useEffect, useId, useState, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import ParamNotice from '@site/src/components/ParamNotice';
import {registerSchema, useUrlState} from '@site/src/hooks/useUrlState';
import {
  LAYERS,
  PATHS,
  PATH_IDS,
  STEP_COUNT,
  VIEWS,
  VIEW_LABELS,
  activeLayers,
  announcement,
  clampStep,
  crossingsUpTo,
  layerLabel,
  nextStep,
  playStep,
  previousStep,
  stepOf,
  totalCrossings,
  visiblePaths,
  type DiagramNode,
  type Layer,
  type PathId,
  type View,
} from '@site/src/lib/osBypassSteps';
import styles from './styles.module.css';
import FullScreen from '@site/src/components/FullScreen';

const schema = registerSchema({
  view: {kind: 'enum', values: VIEWS, default: 'both'},
  step: {kind: 'int', min: 1, max: STEP_COUNT, default: 1},
} as const);

/** Milliseconds per step while playing. */
const PLAY_INTERVAL = 2600;

// Geometry (SVG user units). The viewBox never changes.
const VIEW_W = 760;
const VIEW_H = 500;
const BANDS: Record<Layer, {y: number; h: number}> = {
  user: {y: 34, h: 180},
  kernel: {y: 214, h: 150},
  hardware: {y: 364, h: 136},
};
const COLUMN: Record<PathId, {cx: number; w: number}> = {
  kernel: {cx: 270, w: 250},
  bypass: {cx: 600, w: 250},
};
const LINE_H = 15;
/** A path shown alone is moved to the middle of the drawing area (right of the band labels). */
const SINGLE_CX = 450;
const nodeHeight = (n: DiagramNode) => 12 + LINE_H * n.label.length;

type Box = {x: number; y: number; w: number; h: number};
const TOPS: Record<string, number> = {
  'k-app': 46,
  'k-sockets': 100,
  'k-syscall': 226,
  'k-tcpip': 280,
  'k-driver': 322,
  'k-device': 378,
  'k-network': 446,
  'b-app': 46,
  'b-mpi': 100,
  'b-libfabric': 160,
  'b-driver': 236,
  'b-device': 378,
  'b-network': 440,
};

function boxOf(path: PathId, node: DiagramNode): Box {
  const {cx, w} = COLUMN[path];
  const y = TOPS[node.id];
  if (y === undefined) throw new Error(`OsBypassDiagram: no position for node ${node.id}`);
  if (node.id === 'b-driver') {
    // Off to the side: the data line runs past it, not through it.
    return {x: cx - 55, y, w: 180, h: nodeHeight(node)};
  }
  return {x: cx - w / 2, y, w, h: nodeHeight(node)};
}

function PathGroup({path, step, hidden, alone, markId}: {path: PathId; step: number; hidden: boolean; alone: boolean; markId: string}) {
  const model = PATHS[path];
  const current = new Set(stepOf(path, step).nodes);
  const boxes = new Map(model.nodes.map((n) => [n.id, boxOf(path, n)]));
  const {cx} = COLUMN[path];
  const b = (id: string) => boxes.get(id)!;
  const marker = (s: string) => s.replace('MARK', markId);
  const chain = path === 'kernel' ? ['k-app', 'k-sockets', 'k-syscall', 'k-tcpip', 'k-driver', 'k-device', 'k-network'] : ['b-app', 'b-mpi', 'b-libfabric'];
  const arrows: ReactNode[] = [];
  chain.slice(1).forEach((toId, i) => {
    const fromId = chain[i] ?? toId;
    const from = b(fromId);
    const to = b(toId);
    arrows.push(
      <line
        key={`${fromId}-${toId}`}
        x1={cx}
        y1={from.y + from.h}
        x2={cx}
        y2={to.y - 3}
        className={clsx(styles.arrow, styles[`arrow_${path}`])}
        markerEnd={marker(`url(#arrow-${path}-MARK)`)}
      />,
    );
  });
  if (path === 'bypass') {
    const lf = b('b-libfabric');
    const drv = b('b-driver');
    const dev = b('b-device');
    const net = b('b-network');
    const dataX = cx - 85;
    arrows.push(
      <line
        key="data-down"
        x1={dataX}
        y1={lf.y + lf.h}
        x2={dataX}
        y2={dev.y - 3}
        className={clsx(styles.arrow, styles.arrow_bypass)}
        markerEnd={marker('url(#arrow-bypass-MARK)')}
      />,
      <text
        key="data-label"
        x={dataX - 8}
        y={(lf.y + lf.h + dev.y) / 2}
        className={styles.sideLabel}
        transform={`rotate(-90 ${dataX - 8} ${(lf.y + lf.h + dev.y) / 2})`}
        textAnchor="middle"
      >
        data skips the kernel
      </text>,
      <line
        key="ctl-up"
        x1={drv.x + drv.w / 2}
        y1={lf.y + lf.h}
        x2={drv.x + drv.w / 2}
        y2={drv.y - 3}
        className={clsx(styles.arrow, styles.control)}
        markerEnd={marker('url(#arrow-control-MARK)')}
      />,
      <line
        key="ctl-down"
        x1={drv.x + drv.w / 2}
        y1={drv.y + drv.h}
        x2={drv.x + drv.w / 2}
        y2={dev.y - 3}
        className={clsx(styles.arrow, styles.control)}
        markerEnd={marker('url(#arrow-control-MARK)')}
      />,
      <text key="ctl-label" x={drv.x + drv.w / 2 + 6} y={lf.y + lf.h + 22} className={styles.sideLabel}>
        set-up calls only
      </text>,
      <line
        key="dev-net"
        x1={cx}
        y1={dev.y + dev.h}
        x2={cx}
        y2={net.y - 3}
        className={clsx(styles.arrow, styles.arrow_bypass)}
        markerEnd={marker('url(#arrow-bypass-MARK)')}
      />,
    );
  } else {
    const sockets = b('k-sockets');
    arrows.push(
      <text key="crossing" x={cx + 8} y={sockets.y + sockets.h + 40} className={styles.sideLabel}>
        send(): data copied in
      </text>,
    );
  }
  return (
    <g
      className={clsx(styles.path, styles[`path_${path}`], hidden && styles.hiddenPath)}
      data-path={path}
      aria-hidden={hidden || undefined}
      transform={alone ? `translate(${SINGLE_CX - cx} 0)` : undefined}
    >
      <text x={cx} y={22} textAnchor="middle" className={styles.pathTitle}>
        {model.title} ({model.subtitle})
      </text>
      {arrows}
      {model.nodes.map((n) => {
        const box = b(n.id);
        const active = current.has(n.id);
        return (
          <g key={n.id} className={clsx(styles.node, active && styles.nodeActive)} data-node={n.id} data-active={active || undefined}>
            <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6} />
            {active && (
              <text x={box.x - 6} y={box.y + box.h / 2 + 5} textAnchor="end" className={styles.nowMark}>
                ▶
              </text>
            )}
            {n.label.map((line, i) => (
              <text key={i} x={box.x + box.w / 2} y={box.y + 20 + i * LINE_H} textAnchor="middle" className={i === 0 ? styles.nodeTitle : styles.nodeSub}>
                {line}
              </text>
            ))}
          </g>
        );
      })}
    </g>
  );
}

export type OsBypassDiagramProps = {
  /** Smaller variant for /docs/efa: the step lists fold into a <details>. */
  compact?: boolean;
};

export default function OsBypassDiagram({compact = false}: OsBypassDiagramProps): ReactNode {
  const {state, setState, ignored} = useUrlState(schema);
  const view = state.view as View;
  const step = clampStep(state.step);
  const [playing, setPlaying] = useState(false);
  const [reducedMotion, setReducedMotion] = useState(true);
  const [ready, setReady] = useState(false);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;

  useEffect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const update = () => setReducedMotion(query.matches);
    update();
    setReady(true);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);

  const goTo = useCallback((next: (s: number) => number) => setState((prev) => ({...prev, step: next(clampStep(prev.step))})), [setState]);

  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setInterval(() => goTo(playStep), PLAY_INTERVAL);
    return () => window.clearInterval(timer);
  }, [playing, goTo]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, (s: number) => number> = {
      ArrowRight: nextStep,
      ArrowDown: nextStep,
      ArrowLeft: previousStep,
      ArrowUp: previousStep,
      Home: () => 1,
      End: () => STEP_COUNT,
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    setPlaying(false);
    goTo(move);
  };

  const shown = visiblePaths(view);
  const layers = new Set(activeLayers(view, step));
  const animate = playing && !reducedMotion;

  return (
    <section
      className={clsx(styles.root, compact && styles.compact)}
      aria-label="Kernel path and OS-bypass path diagram"
      data-testid="os-bypass-diagram"
      data-ready={ready || undefined}
    >
      <ParamNotice ignored={ignored} />
      <form method="get" className={styles.toolbar} onSubmit={(e) => e.preventDefault()} aria-label="Diagram controls">
        <div role="group" aria-label="View" className={styles.views}>
          {VIEWS.map((v) => (
            <button
              key={v}
              type="submit"
              name="view"
              value={v}
              className={clsx('button button--sm', v === view ? 'button--primary' : 'button--secondary')}
              aria-pressed={v === view}
              onClick={() => setState((prev) => ({...prev, view: v}))}
            >
              {VIEW_LABELS[v]}
            </button>
          ))}
        </div>
        <div role="group" aria-label="Steps" className={styles.stepper}>
          <button
            type="submit"
            name="step"
            value={previousStep(step)}
            className="button button--sm button--secondary"
            onClick={() => {
              setPlaying(false);
              goTo(previousStep);
            }}
            disabled={step === 1}
            data-testid="step-prev"
          >
            Previous
          </button>
          <button
            type="submit"
            name="step"
            value={nextStep(step)}
            className="button button--sm button--secondary"
            onClick={() => {
              setPlaying(false);
              goTo(nextStep);
            }}
            disabled={step === STEP_COUNT}
            data-testid="step-next"
          >
            Next
          </button>
          <button
            type="button"
            className="button button--sm button--secondary"
            aria-pressed={playing}
            onClick={() => setPlaying((p) => !p)}
            data-testid="step-play"
          >
            {playing ? 'Pause' : 'Play'}
          </button>
          <span className={styles.counter} data-testid="step-counter">
            Step {step} of {STEP_COUNT}: {stepOf('kernel', step).phase}
          </span>
        </div>
      </form>

      <FullScreen label="stepped diagram of one message">
        <div
          className={clsx(styles.figure, animate && styles.animated)}
          tabIndex={0}
          role="group"
          aria-roledescription="stepped diagram"
          aria-label="Diagram: use the left and right arrow keys to step through sending one message"
          onKeyDown={onKeyDown}
          data-testid="os-bypass-figure"
          data-step={step}
          data-view={view}
          data-animated={animate || undefined}
        >
          <svg viewBox={`0 0 ${VIEW_W} ${VIEW_H}`} className={styles.svg} role="img" aria-labelledby={`${titleId} ${descId}`}>
            <title id={titleId}>Kernel path versus OS-bypass path for one message</title>
            <desc id={descId}>
              Three bands: user space, kernel, and hardware and network. Kernel path (ENA, or EFA used through sockets): application, sockets API, system call
              with a copy into the kernel, kernel TCP/IP stack, ENA driver, ENA device (an SR-IOV virtual function), VPC network. The data crosses the
              user/kernel boundary {totalCrossings('kernel')} times. OS-bypass path (EFA): application, MPI or NCCL with aws-ofi-nccl, Libfabric efa provider
              with rdma-core&apos;s EFA provider, then straight to the EFA device and SRD on the AWS network. The EFA kernel driver is used only for set-up
              (memory registration, queue creation); the data crosses the boundary {totalCrossings('bypass')} times.
            </desc>
            <defs>
              {(['kernel', 'bypass', 'control'] as const).map((k) => (
                <marker key={k} id={`arrow-${k}-${uid}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                  <path d="M0,0 L10,5 L0,10 z" className={styles[`head_${k}`]} />
                </marker>
              ))}
            </defs>
            {LAYERS.map((l) => {
              const band = BANDS[l.id];
              const active = layers.has(l.id);
              return (
                <g
                  key={l.id}
                  className={clsx(styles.band, styles[`band_${l.id}`], active && styles.bandActive)}
                  data-layer={l.id}
                  data-active={active || undefined}
                >
                  <rect x={0} y={band.y} width={VIEW_W} height={band.h} />
                  <text x={8} y={band.y + 22} className={styles.bandLabel}>
                    {l.id === 'hardware' ? 'Hardware' : l.label}
                  </text>
                  {l.id === 'hardware' && (
                    <text x={8} y={band.y + 40} className={styles.bandLabel}>
                      and network
                    </text>
                  )}
                  {active && (
                    <text x={8} y={band.y + (l.id === 'hardware' ? 60 : 42)} className={styles.bandNow}>
                      ▶ current layer
                    </text>
                  )}
                </g>
              );
            })}
            <line x1={0} x2={VIEW_W} y1={BANDS.kernel.y} y2={BANDS.kernel.y} className={styles.boundary} />
            <text x={8} y={BANDS.kernel.y - 6} className={styles.boundaryLabel}>
              user/kernel boundary
            </text>
            {PATH_IDS.map((p) => (
              <PathGroup key={p} path={p} step={step} hidden={!shown.includes(p)} alone={shown.length === 1} markId={uid} />
            ))}
          </svg>
        </div>
      </FullScreen>

      <div className={styles.status}>
        <p className={styles.live} aria-live="polite" role="status" data-testid="step-text">
          {announcement(view, step)}
        </p>
        <p className={styles.crossings} data-testid="crossings">
          Data crossings of the user/kernel boundary so far:{' '}
          {shown.map((p, i) => (
            <span key={p}>
              {i > 0 && ' · '}
              {PATHS[p].title} <strong data-testid={`crossings-${p}`}>{crossingsUpTo(p, step)}</strong> (of {totalCrossings(p)} per message)
            </span>
          ))}
        </p>
        {reducedMotion && playing && <p className={styles.motionNote}>Reduced motion is on: Play moves through the steps without animation.</p>}
      </div>

      <ul className={styles.legend} aria-label="Legend">
        <li>
          <svg width="40" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="40" y2="5" className={clsx(styles.arrow, styles.arrow_kernel)} />
          </svg>{' '}
          Kernel path: dashed line
        </li>
        <li>
          <svg width="40" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="40" y2="5" className={clsx(styles.arrow, styles.arrow_bypass)} />
          </svg>{' '}
          OS-bypass path: solid line
        </li>
        <li>
          <svg width="40" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="40" y2="5" className={clsx(styles.arrow, styles.control)} />
          </svg>{' '}
          Set-up calls only (no message data): dotted line
        </li>
        <li>▶ marks the current step and layer</li>
      </ul>

      <StepLists view={view} step={step} compact={compact} />
    </section>
  );
}

function StepLists({view, step, compact}: {view: View; step: number; compact: boolean}) {
  const lists = (
    <div className={styles.lists}>
      {PATH_IDS.map((p) => (
        <div key={p} className={clsx(styles.list, !visiblePaths(view).includes(p) && styles.listHidden)}>
          <p className={styles.listTitle}>
            {PATHS[p].title} ({PATHS[p].subtitle})
          </p>
          <ol>
            {PATHS[p].steps.map((s, i) => (
              <li key={s.phase} aria-current={i + 1 === step ? 'step' : undefined} className={clsx(i + 1 === step && styles.currentItem)}>
                <strong>{s.phase}</strong> ({layerLabel(s.layer).toLowerCase()}
                {s.crossesBoundary ? ', data crosses the user/kernel boundary' : ''}
                {s.setup ? ', once at start-up' : ''}): {s.text}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
  if (!compact) return lists;
  return (
    <details className={styles.details}>
      <summary>All steps as text</summary>
      {lists}
      <p>
        <Link to="/docs/os-bypass#side-by-side">The full diagram, with more room, is on Kernel path vs OS-bypass.</Link>
      </p>
    </details>
  );
}
