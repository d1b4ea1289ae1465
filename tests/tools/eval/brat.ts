// A reader for brat standoff (.ann) files, as PolNeAR stores its attributions: text-bound annotations
// ("T3\tSource 10 25\tthe text", discontinuous as "10 25;30 41") and events tying them together
// ("E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3"). Notes, attributes and relations are not needed and
// are skipped; so are the continuation lines of an annotation whose text runs over a line break.

export interface Span {
  start: number;
  end: number;
}

export interface TextBound {
  id: string;
  type: string;
  /** One fragment, or several for a discontinuous annotation, in file order. */
  fragments: Span[];
}

export interface BratEvent {
  id: string;
  type: string;
  /** The text-bound annotation that triggers the event. */
  trigger: string;
  /** Role → annotation id; a role given twice keeps both, numbered as brat does ("Source", "Source2"). */
  args: { role: string; id: string }[];
}

export interface BratDocument {
  textBounds: Map<string, TextBound>;
  events: BratEvent[];
}

const TEXT_BOUND = /^(T\d+)\t([^\s]+) (\d+ \d+(?:;\d+ \d+)*)(?:\t|$)/;
const EVENT = /^(E\d+)\t([^\s:]+):([TE]\d+)((?: [^\s:]+:[TE]\d+)*)\s*$/;

export function parseAnn(content: string, name = 'annotation file'): BratDocument {
  const textBounds = new Map<string, TextBound>();
  const events: BratEvent[] = [];
  content.split('\n').forEach((line, k) => {
    if (/^T\d+\t/.test(line)) {
      const m = TEXT_BOUND.exec(line);
      if (!m) throw new Error(`${name}, line ${k + 1}: not a text-bound annotation: ${line.slice(0, 60)}`);
      const fragments = m[3]!.split(';').map((pair) => {
        const [start, end] = pair.split(' ').map(Number) as [number, number];
        if (end < start) throw new Error(`${name}, line ${k + 1}: span ends before it starts`);
        return { start, end };
      });
      textBounds.set(m[1]!, { id: m[1]!, type: m[2]!, fragments });
    } else if (/^E\d+\t/.test(line)) {
      const m = EVENT.exec(line);
      if (!m) throw new Error(`${name}, line ${k + 1}: not an event: ${line.slice(0, 60)}`);
      const args = m[4]!
        .trim()
        .split(' ')
        .filter((a) => a !== '')
        .map((a) => {
          const [role, id] = a.split(':') as [string, string];
          return { role, id };
        });
      events.push({ id: m[1]!, type: m[2]!, trigger: m[3]!, args });
    }
  });
  return { textBounds, events };
}

/**
 * The annotations that fill `role` (numbered repeats included) in events of the given types, each once,
 * in the order the file first names them.
 */
export function eventArguments(doc: BratDocument, eventTypes: readonly string[], role: string): TextBound[] {
  const seen = new Set<string>();
  const found: TextBound[] = [];
  const roleOf = new RegExp(`^${role}\\d*$`);
  for (const event of doc.events) {
    if (!eventTypes.includes(event.type)) continue;
    for (const arg of event.args) {
      const bound = doc.textBounds.get(arg.id);
      if (!roleOf.test(arg.role) || !bound || seen.has(arg.id)) continue;
      seen.add(arg.id);
      found.push(bound);
    }
  }
  return found;
}
