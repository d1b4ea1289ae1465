import { FINDING_KINDS, type FindingCounts } from '../utils/engine/types';
import { KIND_DESCRIPTIONS } from '../utils/kinds';
import { KindSwatch } from './KindSwatch';

/** One row per kind: the same colour and underline as on the page, the label and the count. */
export function KindCounts({ counts }: { counts: FindingCounts }) {
  return (
    <ul class="counts" aria-label="Findings by kind">
      {FINDING_KINDS.map((kind) => (
        <li key={kind} class={counts[kind] === 0 ? 'count-row empty' : 'count-row'}>
          <KindSwatch kind={kind} />
          <span class="count-label">{KIND_DESCRIPTIONS[kind].plural}</span>
          <span class="count-value" data-kind={kind}>
            {counts[kind]}
          </span>
        </li>
      ))}
    </ul>
  );
}
