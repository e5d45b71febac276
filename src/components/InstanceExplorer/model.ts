/**
 * The explorer's rows, families and URL schema, built once when the module
 * loads. The schema is registered at module level so that other tools on the
 * same page do not report the explorer's parameters as unknown.
 */
import {instanceTypes, instanceCounts, instanceDataProvenance, zoneRegion} from '@site/src/data/instances';
import {registerSchema} from '@site/src/hooks/useUrlState';
import {explorerModel, type ExplorerRow, type ExplorerState} from '@site/src/lib/instanceFilter';

const model = explorerModel(instanceTypes, zoneRegion);

export const ROWS = model.rows;
export const FAMILIES = model.families;
export const REGIONS = model.regions;
/** The TCP idle timeouts in the data (seconds, as text): the ?tcpIdle= choices. */
export const TCP_IDLE = model.tcpIdle;
export const BY_NAME = new Map(ROWS.map((r) => [r.type, r]));
export const schema = registerSchema(model.schema);
export const AS_OF = instanceCounts.asOf;
export const KARPENTER_DATE = instanceDataProvenance.karpenter?.generated.slice(0, 10) ?? '';
export const nf = new Intl.NumberFormat('en-US');
/** The id of the explorer's <form>: buttons outside it (table headers, pager) submit it with form="…". */
export const FORM_ID = 'ie-form';

/** Set one key; changing a filter goes back to page 1. */
export type SetKey = <K extends keyof ExplorerState>(key: K, value: ExplorerState[K]) => void;
export type {ExplorerRow, ExplorerState};
