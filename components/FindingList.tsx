import { useState } from 'preact/hooks';
import { repeatKey } from '../utils/engine/repeats';
import { FINDING_KINDS, type AttributionSummary, type Finding, type FindingKind } from '../utils/engine/types';
import { readableContext, type FindingContext } from '../utils/finding-context';
import { kindPlural, t } from '../utils/i18n';
import { KindSwatch } from './KindSwatch';
import { KindToggle } from './KindToggle';

function formatPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

/** One source (or hedge, or figure) and every place the article mentions it in the same words. */
export interface MentionGroup {
  kind: FindingKind;
  /** Indexes into the findings, in the article's order. */
  indexes: number[];
  /** What the mentions did to the score together. */
  points: number;
}

/** The findings of one kind as rows: repeated mentions (same kind, same words) share a row, in order of first mention. */
export function mentionGroups(findings: readonly Finding[], summary: AttributionSummary, kind: FindingKind): MentionGroup[] {
  const points = new Map(summary.contributions.map((c) => [c.index, c.points]));
  const groups = new Map<string, MentionGroup>();
  findings.forEach((finding, index) => {
    if (finding.kind !== kind) return;
    const key = repeatKey(finding);
    const group = groups.get(key) ?? { kind, indexes: [], points: 0 };
    group.indexes.push(index);
    group.points += points.get(index) ?? 0;
    groups.set(key, group);
  });
  return [...groups.values()];
}

interface FindingListProps {
  findings: Finding[];
  contexts: FindingContext[];
  summary: AttributionSummary;
  hiddenKinds: readonly FindingKind[];
  focusedIndex: number | null;
  /** Requests are on their way: the show/hide buttons wait. */
  busy: boolean;
  onFocusFinding: (index: number) => void;
  onToggleKind: (kind: FindingKind) => void;
}

/**
 * Finding by finding, grouped by kind, what raised and what lowered the score, each in a few words of its
 * sentence. A row leads to its place on the page; a row of repeated mentions leads to each in turn.
 */
export function FindingList({ findings, contexts, summary, hiddenKinds, focusedIndex, busy, onFocusFinding, onToggleKind }: FindingListProps) {
  // Only whether the list is open lives here. A button rather than <details>: the open list must be a
  // flex item that shrinks to the room the popup has left, and <details> cannot be one in every browser.
  const [open, setOpen] = useState(false);
  return (
    <section class={open ? 'findings open' : 'findings'}>
      <button type="button" class="findings-toggle" aria-expanded={open} aria-controls="finding-groups" onClick={() => setOpen(!open)}>
        <span class="disclosure" aria-hidden="true" />
        {t(findings.length === 1 ? 'findingsSummaryOne' : 'findingsSummaryOther', findings.length)}
      </button>
      <div class="finding-groups" id="finding-groups" hidden={!open}>
        {FINDING_KINDS.map((kind) => {
          const groups = mentionGroups(findings, summary, kind);
          if (groups.length === 0) return null;
          const hidden = hiddenKinds.includes(kind);
          return (
            <section key={kind} class={hidden ? 'finding-group hidden' : 'finding-group'} aria-label={kindPlural(kind)}>
              {/* The open list stands in for the counts above it (hidden meanwhile, to leave it room): each kind's count and show/hide come along. */}
              <div class="finding-group-head">
                <h3>
                  <KindSwatch kind={kind} />
                  {kindPlural(kind)}
                  <span class="finding-group-count">{summary.counts[kind]}</span>
                  {hidden && <span class="finding-group-note"> · {t('kindHiddenNote')}</span>}
                </h3>
                <KindToggle kind={kind} hidden={hidden} disabled={busy} onToggle={onToggleKind} />
              </div>
              <ol>
                {groups.map((group) => (
                  <MentionRow key={group.indexes[0]} group={group} findings={findings} contexts={contexts} focusedIndex={focusedIndex} onFocusFinding={onFocusFinding} />
                ))}
              </ol>
            </section>
          );
        })}
      </div>
    </section>
  );
}

interface MentionRowProps {
  group: MentionGroup;
  findings: Finding[];
  contexts: FindingContext[];
  focusedIndex: number | null;
  onFocusFinding: (index: number) => void;
}

function MentionRow({ group, findings, contexts, focusedIndex, onFocusFinding }: MentionRowProps) {
  const { indexes, points } = group;
  const focusedAt = focusedIndex === null ? -1 : indexes.indexOf(focusedIndex);
  // The mention on the page now, or else the first: its sentence is the one shown.
  const shown = indexes[Math.max(0, focusedAt)]!;
  const finding = findings[shown]!;
  const context = contexts[shown] && readableContext(contexts[shown]);
  const next = indexes[(focusedAt + 1) % indexes.length]!;
  const repeated = indexes.length > 1;
  return (
    <li>
      <button
        type="button"
        class="finding"
        title={finding.reason}
        aria-current={focusedAt >= 0 ? 'true' : undefined}
        data-index={next}
        onClick={() => onFocusFinding(next)}
      >
        <span class="finding-text">
          {context?.before && <span class="finding-context">{context.before}</span>}
          <strong class="finding-phrase">{finding.text}</strong>
          {context?.after && <span class="finding-context">{context.after}</span>}
        </span>
        <span class="finding-figures">
          {repeated && (
            <span class="mentions" aria-label={focusedAt >= 0 ? t('mentionOfLabel', focusedAt + 1, indexes.length) : t('mentionsLabel', indexes.length)}>
              {focusedAt >= 0 ? `${focusedAt + 1}/${indexes.length}` : `×${indexes.length}`}
            </span>
          )}
          <span class={points >= 0 ? 'points up' : 'points down'} aria-label={t('pointsLabel', formatPoints(points))}>
            {formatPoints(points)}
          </span>
        </span>
      </button>
    </li>
  );
}
