/**
 * The EFA network layout builder (/docs/tools/efa-layout): pick an EFA
 * instance type and a layout; see every network card, the IP and subnet
 * numbers, warnings, and the launch configuration in five formats.
 *
 * All logic is in src/lib/efaLayout.ts and src/lib/efaSnippets.ts; this
 * component only renders it. The state lives in the URL
 * (?type=p5.48xlarge&layout=max-efa&nodes=16); the controls are a real
 * GET form whose field names are those parameters, so a choice made before
 * the code arrives (or with JavaScript off) is kept by a plain submit.
 * Loaded as a lazy island; the instance data is part of this chunk.
 */
import {useMemo, type ReactNode} from 'react';
import {instanceTypes} from '@site/src/data/instances';
import {instanceCounts} from '@site/src/data/instanceCounts';
import {registerSchema, useUrlState} from '@site/src/hooks/useUrlState';
import ParamNotice from '@site/src/components/ParamNotice';
import {efaLayoutSchema, issueSource, layoutNumbers, layoutWarnings, resolveLayout, snippetIds} from '@site/src/lib/efaLayout';
import LayoutForm from './LayoutForm';
import CardDiagram from './CardDiagram';
import LayoutNumbers from './LayoutNumbers';
import SnippetTabs from './SnippetTabs';
import styles from './styles.module.css';

registerSchema(efaLayoutSchema);

const efaTypeNames = instanceTypes.filter((t) => t.efaSupported).map((t) => t.type);

export default function EfaLayoutBuilder(): ReactNode {
  const {state, setState, ignored, ready} = useUrlState(efaLayoutSchema);
  const resolved = useMemo(() => resolveLayout(instanceTypes, state), [state]);
  const {type, slots, issues, notes, typeProblem, placement} = resolved;
  const numbers = layoutNumbers(slots, state.nodes);
  const warnings = issues.length ? [] : layoutWarnings(type, slots, numbers);
  const valid = issues.length === 0;

  return (
    <div className={styles.root} data-testid="efa-layout" data-ready={ready ? 'true' : 'false'} data-type={type.type} data-layout={resolved.layout}>
      <LayoutForm state={state} setState={setState} ready={ready} resolved={resolved} typeNames={efaTypeNames} />
      <ParamNotice ignored={ignored} />

      <div role="region" aria-label="Layout result" aria-live="polite" className={styles.result}>
        {typeProblem && (
          <div className={styles.problem} data-testid="efa-type-problem">
            <p>
              {typeProblem.message} Showing {type.type} instead.
              {typeProblem.suggestions.length > 0 && <> EFA types with a similar name: {typeProblem.suggestions.join(', ')}.</>}
            </p>
          </div>
        )}
        {notes.map((n) => (
          <p key={n} className={styles.note} data-testid="efa-note">
            {n}
          </p>
        ))}
        {issues.length > 0 && (
          <div className={styles.problem} data-testid="efa-issues">
            <p>
              <strong>This layout cannot launch</strong>, so no snippets are shown:
            </p>
            <ul>
              {issues.map((i) => (
                <li key={`${i.rule}:${i.message}`} data-rule={i.rule}>
                  {i.message}
                  {issueSource(i.rule) && (
                    <>
                      {' '}
                      (<a href={issueSource(i.rule) ?? undefined}>source</a>)
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}

        <h2 className={styles.heading}>
          {type.type}: {numbers.efas} EFA{numbers.efas === 1 ? '' : 's'} on {type.cards.length} network card{type.cards.length === 1 ? '' : 's'}
        </h2>
        <p className={styles.caption}>
          {type.type} allows {type.maxEfa} EFA{type.maxEfa === 1 ? '' : 's'} (MaximumEfaInterfaces) and {type.maxEni} network interfaces in all; data from
          DescribeInstanceTypes as of {instanceCounts.asOf}.{' '}
          {placement.known && placement.how === 'curated' && placement.rule ? (
            <>
              Which cards hold an EFA: <a href={placement.source}>AWS documentation</a> (read {placement.asOf}).
            </>
          ) : placement.known ? (
            <>Every card holds one EFA (as many EFAs as cards, and at most one per card).</>
          ) : null}
        </p>
        {placement.known && placement.rule && <p className={styles.note}>{placement.rule.note}</p>}

        <CardDiagram type={type} slots={slots} />
        <LayoutNumbers numbers={numbers} />
        {warnings.length > 0 && (
          <ul className={styles.warnings} data-testid="efa-warnings">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
      </div>

      {valid && <SnippetTabs input={{type: type.type, slots, nodes: state.nodes, ids: snippetIds(state)}} />}
    </div>
  );
}
