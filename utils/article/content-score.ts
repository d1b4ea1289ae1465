// Finds the article's content on the live page by Readability's scoring (Mozilla Readability.js,
// Apache-2.0: its weights, class patterns and thresholds), read-only: one walk gathers what Readability
// learns by rewriting a copy of the page (paragraph text, commas, links, what each element holds), so
// there is no copy to make, nothing is moved and the page never changes.
import { HIDDEN_STYLE } from './chrome';
import { isBlankText, isSpace } from './white-space';
import { PageSizeCounter, type PageLimits } from '../page-size';
import { runSteps, STEP, type Steps } from '../steps';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const UNLIKELY_CANDIDATE =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;
const POSITIVE_CLASS = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE_CLASS =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const SHARE_ELEMENT = /(\b|_)(share|sharedaddy)(\b|_)/i;
const AD_OR_LOADING = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|(loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

const SCORED_TAGS = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
/** A div holding none of these is a paragraph written as a div. */
const BLOCK_IN_DIV = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
const PHRASING_TAGS = new Set([
  'abbr', 'audio', 'b', 'bdo', 'br', 'button', 'cite', 'code', 'data', 'datalist', 'dfn', 'em', 'embed', 'i',
  'img', 'input', 'kbd', 'label', 'mark', 'math', 'meter', 'noscript', 'object', 'output', 'progress', 'q',
  'ruby', 'samp', 'script', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'textarea', 'time', 'var',
  'wbr', 'a', 'del', 'ins',
]);
const TEXTISH_TAGS = new Set(['span', 'li', 'td', ...BLOCK_IN_DIV]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Not content: Readability removes these before it measures anything. */
const NOT_CONTENT_TAGS = new Set(['script', 'noscript', 'style', 'template', 'link']);
/**
 * Readability removes these in its clean-up, after choosing the article: they count as children while
 * it chooses, but their text is not measured, as its clean-up no longer sees it.
 */
const CLEANED_UP_TAGS = new Set(['footer', 'aside', 'object', 'embed', 'iframe', 'input', 'textarea', 'select', 'button']);
const EMBED_TAGS = new Set(['object', 'embed', 'iframe']);
/** Readability keeps embeds of these players, and whatever holds one. */
const VIDEO_HOST =
  /\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)/i;
const TAG_SCORE: Record<string, number> = {
  div: 5, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
const COMMAS = new Set([0x2c, 0x60c, 0xfe50, 0xfe10, 0xfe11, 0x2e41, 0x2e34, 0x2e32, 0xff0c]);

const MIN_PARAGRAPH_CHARS = 25;
const ANCESTOR_LEVELS = 5;
const TOP_CANDIDATES = 5;
const MIN_ARTICLE_CHARS = 500;
const SHARE_MAX_CHARS = 500;
/**
 * Not prose: a table or its parts (no other element whose name starts with t holds paragraphs), or a list.
 * Chosen inside a publisher's marked article body, the body is the article.
 */
const LIST_OR_TABLE = /^(t\w+|[uod]l)$/;

/** What Readability would know about an element after its rewrite, gathered bottom-up in one walk. */
class ElementStats {
  constructor(readonly name: string) {}
  /** Two line breaks in a row among its children: Readability makes paragraphs of them. */
  breakChain = false;
  /** Text length with whitespace runs counted once. */
  chars = 0;
  /** Link text length; in-page links count for 0.3. */
  linkChars = 0;
  commas = 0;
  paragraphs = 0;
  images = 0;
  listItems = 0;
  inputs = 0;
  videos = 0;
  dataTables = 0;
  /** Text inside headings, lists and "textish" elements, each descendant counted with its own text. */
  headingChars = 0;
  listChars = 0;
  textishChars = 0;
  hasBlock = false;
  /** A div with no block inside: scored as the paragraph it is. */
  asParagraph = false;
  /** A div wrapping a single paragraph: Readability puts the paragraph in its place. */
  unwrapped = false;
}

/** A run of text and inline elements directly inside a block: Readability wraps it in a paragraph. */
interface LooseParagraph {
  parent: Element;
  chars: number;
  commas: number;
}

export interface ArticleContent {
  /** The top candidate and the siblings that belong with it, then any other parts of the story elsewhere. */
  roots: Element[];
  /** An element holding every root (the smallest, or the body when parts of the story lie apart): the only part of the page the text is read from. */
  scope: Element;
  /** Elements inside the roots that Readability removes: unlikely candidates and what its clean-up drops. */
  dropped: Set<Element>;
}

interface Flags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

const ATTEMPTS: Flags[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

/**
 * The article's content as Readability would choose it, or null when the page has no text. Like
 * Readability, it retries with fewer heuristics while the content is under 500 characters, and
 * otherwise keeps the longest attempt.
 */
export function findArticleContent(body: HTMLElement): ArticleContent | null {
  return runSteps(findArticleContentSteps(body));
}

/** `findArticleContent` as steps: it pauses every `STEP` nodes of its walks over the page. */
export function* findArticleContentSteps(body: HTMLElement, limits?: PageLimits): Steps<ArticleContent | null> {
  let best: { content: ArticleContent; chars: number } | null = null;
  // The attempts after the first strip nothing: they differ only in how they score, so they share one walk.
  const walks = new Map<boolean, PageWalk>();
  for (const flags of ATTEMPTS) {
    let walk = walks.get(flags.stripUnlikely);
    if (!walk) {
      walk = new PageWalk(body, flags.stripUnlikely, limits && new PageSizeCounter(limits));
      while (walk.walkSome()) yield;
      walks.set(flags.stripUnlikely, walk);
    }
    const attempt = new Attempt(walk, flags).run();
    if (!attempt) continue;
    if (attempt.chars >= MIN_ARTICLE_CHARS) return attempt.content;
    if (!best || attempt.chars > best.chars) best = attempt;
  }
  return best && best.chars > 0 ? best.content : null;
}

/** True when `node` lies inside the content and outside everything dropped from it. */
export function inArticleContent(content: ArticleContent): (node: Node) => boolean {
  const roots = new Set(content.roots);
  const verdicts = new Map<Element, boolean>();
  // Up to the first element already decided (or a root, a dropped one, the top), then the same verdict down again.
  const decide = (from: Element | null): boolean => {
    const path: Element[] = [];
    let verdict = false;
    for (let el = from; el; el = el.parentElement) {
      const known = verdicts.get(el) ?? (content.dropped.has(el) ? false : roots.has(el) ? true : undefined);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(el);
    }
    for (const el of path) verdicts.set(el, verdict);
    return verdict;
  };
  return (node) => decide(node.parentElement);
}

/**
 * What Readability would know about the page after its rewrite, gathered in one walk: what it removes is
 * skipped, the rest is measured bottom-up.
 */
class PageWalk {
  readonly stats = new Map<Element, ElementStats>();
  /** Elements Readability scores as paragraphs, in the order it meets them. */
  readonly scored: Element[] = [];
  readonly loose: LooseParagraph[] = [];
  /** Removed only in the clean-up: children while choosing, never measured. */
  readonly cleanedUp = new Set<Element>();
  /** Tables of data, which the clean-up keeps along with whatever they hold. */
  readonly dataTables = new Set<Element>();
  /** Unlikely candidates: Readability takes them out of the page before scoring. */
  readonly unlikely: Element[] = [];

  /** Where the walk goes on from, and the stats of each element open above it (the innermost last). */
  private node: Node | null;
  private readonly open: ElementStats[] = [];
  /** Whether the text read so far ends in white space: a run that spans text nodes counts once. */
  private inSpace = true;

  constructor(readonly body: HTMLElement, private readonly stripUnlikely: boolean, private readonly size?: PageSizeCounter) {
    const stats = new ElementStats(body.localName);
    this.stats.set(body, stats);
    this.open.push(stats);
    this.node = body.firstChild;
  }

  /** Walks on for up to `STEP` nodes; false once the whole page is measured. */
  walkSome(): boolean {
    const { body, open, size } = this;
    let node = this.node;
    for (let visited = 0; node && visited < STEP; visited++) {
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        size?.text((node as Text).length);
        this.inSpace = measureText(open[open.length - 1]!, (node as Text).data, this.inSpace);
      } else if (type === ELEMENT_NODE) {
        const el = node as Element;
        size?.element(open.length);
        const name = el.localName;
        if (name === 'br' && nextIsBreak(el)) open[open.length - 1]!.breakChain = true;
        if (!this.skipped(el, name)) {
          const own = new ElementStats(name);
          this.stats.set(el, own);
          if (el.firstChild) {
            open.push(own);
            node = el.firstChild;
            continue;
          }
          this.leave(el, own, open[open.length - 1]!);
        } else {
          const parent = open[open.length - 1]!;
          // Forms are judged before Readability removes their inputs; anything holding a video player stays.
          if (name === 'input') parent.inputs++;
          else if (EMBED_TAGS.has(name) && isVideo(el)) parent.videos++;
        }
      }
      while (node && node !== body && !node.nextSibling) {
        node = node.parentNode;
        if (node && node !== body) {
          const own = open.pop()!;
          this.leave(node as Element, own, open[open.length - 1]!);
        }
      }
      node = node && node !== body ? node.nextSibling : null;
    }
    this.node = node;
    if (node) return true;
    this.leave(body, open[0]!, null);
    return false;
  }

  private skipped(el: Element, name: string): boolean {
    if (NOT_CONTENT_TAGS.has(name)) return true;
    // Hidden and unlikely are said by attributes: most elements have none.
    const attributed = el.hasAttributes();
    if (attributed && isHidden(el)) return true;
    if (CLEANED_UP_TAGS.has(name)) {
      this.cleanedUp.add(el);
      return true;
    }
    if (!attributed || !this.stripUnlikely || !isUnlikelyCandidate(el, name)) return false;
    this.unlikely.push(el);
    return true;
  }

  /** Called once an element's children are all measured: settles what it is and adds it to its parent. */
  private leave(el: Element, own: ElementStats, parent: ElementStats | null): void {
    const name = own.name;
    if (name === 'a') {
      const href = el.getAttribute('href');
      own.linkChars = own.chars * (href && href.length > 1 && href.startsWith('#') ? 0.3 : 1);
    }
    if (name === 'div') this.settleDiv(el, own);
    else if (name !== 'p' && own.breakChain) this.collectLoose(el, own);
    if (SCORED_TAGS.has(name) || own.asParagraph) this.scored.push(el);
    if (name === 'table' && isDataTable(el)) {
      this.dataTables.add(el);
      own.dataTables++;
    }

    if (!parent) return;
    parent.chars += own.chars;
    parent.linkChars += own.linkChars;
    parent.commas += own.commas;
    parent.paragraphs += own.paragraphs + (name === 'p' || own.asParagraph ? 1 : 0);
    parent.images += own.images + (name === 'img' ? 1 : 0);
    parent.listItems += own.listItems + (name === 'li' ? 1 : 0);
    parent.inputs += own.inputs;
    parent.videos += own.videos;
    parent.dataTables += own.dataTables;
    parent.headingChars += own.headingChars + (HEADING_TAGS.has(name) ? own.chars : 0);
    parent.listChars += own.listChars + (name === 'ul' || name === 'ol' ? own.chars : 0);
    parent.textishChars += own.textishChars + (TEXTISH_TAGS.has(name) || own.asParagraph ? own.chars : 0);
    parent.hasBlock ||= own.hasBlock || BLOCK_IN_DIV.has(name);
  }

  private settleDiv(div: Element, own: ElementStats): void {
    const only = div.firstElementChild;
    if (only && only === div.lastElementChild && only.localName === 'p' && this.stats.has(only) && !hasLooseText(div) && linkDensity(own) < 0.25) {
      own.unwrapped = true;
    } else if (!own.hasBlock && !own.breakChain) {
      own.asParagraph = true;
    } else {
      this.collectLoose(div, own);
    }
  }

  /** Runs of inline content directly in `el`, split at blocks and at two or more line breaks. */
  private collectLoose(el: Element, own: ElementStats): void {
    let run: LooseParagraph | null = null;
    const close = () => {
      if (run && run.chars > 0) {
        this.loose.push(run);
        own.paragraphs++;
        own.textishChars += run.chars;
      }
      run = null;
    };
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        if (!run && isBlankText(data)) continue;
        run ??= { parent: el, chars: 0, commas: 0 };
        measureText(run, data, true);
      } else if (child.nodeType === ELEMENT_NODE) {
        const childEl = child as Element;
        if (childEl.localName === 'br' && nextIsBreak(childEl)) close();
        else if (!PHRASING_TAGS.has(childEl.localName)) close();
        else {
          const stats = this.stats.get(childEl);
          if (!stats) continue;
          run ??= { parent: el, chars: 0, commas: 0 };
          run.chars += stats.chars;
          run.commas += stats.commas;
        }
      }
    }
    close();
  }
}

/** One of Readability's attempts: its scoring, candidate choice and clean-up, on a walk's figures. */
class Attempt {
  private readonly stats: Map<Element, ElementStats>;
  private readonly body: HTMLElement;
  private readonly scores = new Map<Element, number>();

  constructor(private readonly walk: PageWalk, private readonly flags: Flags) {
    this.stats = walk.stats;
    this.body = walk.body;
  }

  run(): { content: ArticleContent; chars: number } | null {
    const top = this.topCandidate();
    if (!top) return null;
    const roots = top === this.body ? [this.body] : this.withSiblings(top);
    const parts = this.otherParts(roots);
    roots.push(...parts);
    // Siblings as Readability sees them: an unwrapped paragraph's parent is its div's parent. Parts elsewhere
    // can be anywhere on the page.
    const scope = parts.length ? this.body : roots.length === 1 ? top : (this.parentOf(top) ?? this.body);
    const dropped = this.flags.cleanConditionally ? this.cleanUp(roots) : new Set<Element>();
    let chars = 0;
    for (const root of roots) if (!dropped.has(root)) chars += this.keptChars(root, dropped);
    // Unlikely candidates were never measured: they only need to stay out of the text.
    for (const el of this.walk.unlikely) dropped.add(el);
    return { content: { roots, scope, dropped }, chars };
  }

  // ---- Scoring ----

  private ensureCandidate(el: Element): void {
    if (this.scores.has(el)) return;
    const stats = this.stats.get(el);
    const tagScore = stats?.asParagraph ? 0 : (TAG_SCORE[el.localName] ?? 0);
    this.scores.set(el, tagScore + this.classWeight(el));
  }

  private classWeight(el: Element): number {
    if (!this.flags.weightClasses) return 0;
    let weight = 0;
    for (const value of [el.getAttribute('class'), el.getAttribute('id')]) {
      if (!value) continue;
      if (NEGATIVE_CLASS.test(value)) weight -= 25;
      if (POSITIVE_CLASS.test(value)) weight += 25;
    }
    return weight;
  }

  /** The element's parent as Readability sees it: a div unwrapped around a paragraph is gone. */
  private parentOf(el: Element): Element | null {
    let parent = el.parentElement;
    while (parent && this.stats.get(parent)?.unwrapped) parent = parent.parentElement;
    return parent;
  }

  private scoreParagraph(parent: Element | null, chars: number, commas: number): void {
    if (chars < MIN_PARAGRAPH_CHARS) return;
    const score = 1 + (commas + 1) + Math.min(Math.floor(chars / 100), 3);
    let ancestor = parent;
    for (let level = 0; level < ANCESTOR_LEVELS && ancestor; level++) {
      if (!ancestor.parentElement) break;
      this.ensureCandidate(ancestor);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      this.scores.set(ancestor, this.scores.get(ancestor)! + score / divider);
      ancestor = this.parentOf(ancestor);
    }
  }

  private topCandidate(): Element | null {
    for (const el of this.walk.scored) {
      const stats = this.stats.get(el)!;
      this.scoreParagraph(this.parentOf(el), stats.chars, stats.commas);
    }
    for (const run of this.walk.loose) this.scoreParagraph(run.parent, run.chars, run.commas);

    const top: Element[] = [];
    for (const [el, score] of this.scores) {
      const scaled = score * (1 - linkDensity(this.stats.get(el)!));
      this.scores.set(el, scaled);
      const at = top.findIndex((other) => scaled > this.scores.get(other)!);
      if (at >= 0) top.splice(at, 0, el);
      else if (top.length < TOP_CANDIDATES) top.push(el);
      if (top.length > TOP_CANDIDATES) top.pop();
    }
    let candidate = top[0];
    if (!candidate) return this.stats.get(this.body)!.chars > 0 ? this.body : null;
    if (candidate === this.body) return this.body;
    candidate = this.sharedAncestorOfClose(candidate, top);
    candidate = this.climbWhileScoreRises(candidate);
    // A table or list chosen inside the publisher's marked article body is not the article: the body is (a long
    // one can outscore the story's paragraphs, as the Daily Mail's table of every MP's address does).
    const marked = this.body.querySelector('[itemprop~="articleBody"]');
    if (marked?.contains(candidate) && LIST_OR_TABLE.test(candidate.localName)) candidate = marked;
    // An only child: its parent's siblings may hold the rest of the article.
    for (let parent = this.parentOf(candidate); parent && parent !== this.body && this.keptChildren(parent).length === 1; parent = this.parentOf(candidate)) {
      candidate = parent;
    }
    this.ensureCandidate(candidate);
    return candidate;
  }

  /** Three or more near-equal candidates under one ancestor: the ancestor is the article. */
  private sharedAncestorOfClose(top: Element, candidates: Element[]): Element {
    const topScore = this.scores.get(top)!;
    const close = candidates.slice(1).filter((c) => this.scores.get(c)! / topScore >= 0.75).map((c) => this.ancestorsOf(c));
    if (close.length < 3) return top;
    for (let parent = this.parentOf(top); parent && parent !== this.body; parent = this.parentOf(parent)) {
      if (close.filter((ancestors) => ancestors.has(parent!)).length >= 3) return parent;
    }
    return top;
  }

  private ancestorsOf(el: Element): Set<Element> {
    const ancestors = new Set<Element>();
    for (let parent = this.parentOf(el); parent; parent = this.parentOf(parent)) ancestors.add(parent);
    return ancestors;
  }

  private climbWhileScoreRises(candidate: Element): Element {
    this.ensureCandidate(candidate);
    let lastScore = this.scores.get(candidate)!;
    const threshold = lastScore / 3;
    for (let parent = this.parentOf(candidate); parent && parent !== this.body; parent = this.parentOf(parent)) {
      const score = this.scores.get(parent);
      if (score === undefined) continue;
      if (score < threshold) break;
      if (score > lastScore) return parent;
      lastScore = score;
    }
    return candidate;
  }

  /** Element children as Readability's choice sees them: an unwrapped div stands for its paragraph. */
  private keptChildren(el: Element): Element[] {
    const kept: Element[] = [];
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const stats = this.stats.get(child);
      if (stats) kept.push(stats.unwrapped ? child.firstElementChild! : child);
      else if (this.walk.cleanedUp.has(child)) kept.push(child);
    }
    return kept;
  }

  private withSiblings(top: Element): Element[] {
    const topScore = this.scores.get(top)!;
    const threshold = Math.max(10, topScore * 0.2);
    const topClass = top.getAttribute('class') ?? '';
    const parent = this.parentOf(top);
    if (!parent) return [top];
    return this.keptChildren(parent).filter((sibling) => {
      if (sibling === top) return true;
      if (this.walk.cleanedUp.has(sibling)) return false;
      const bonus = topClass !== '' && sibling.getAttribute('class') === topClass ? topScore * 0.2 : 0;
      const score = this.scores.get(sibling);
      if (score !== undefined && score + bonus >= threshold) return true;
      // Readability's test for a paragraph, also met by a box that holds just one, under a label heading at most
      // (a fact-check's claim beside its analysis); the links of the whole box count.
      const paragraph = this.soleParagraph(sibling);
      if (!paragraph) return false;
      const chars = this.stats.get(paragraph)!.chars;
      const density = linkDensity(this.stats.get(sibling)!);
      if (chars > 80) return density < 0.25;
      return chars > 0 && density === 0 && /\.( |$)/.test(paragraph.textContent ?? '');
    });
  }

  /** The one paragraph `el` is, or holds inside wrappers beside headings only; null when it holds more. */
  private soleParagraph(el: Element): Element | null {
    for (;;) {
      if (el.localName === 'p' || this.stats.get(el)!.asParagraph) return el;
      if (hasLooseText(el)) return null;
      const inner = this.keptChildren(el).filter((child) => !HEADING_TAGS.has(child.localName));
      if (inner.length !== 1 || this.walk.cleanedUp.has(inner[0]!)) return null;
      el = inner[0]!;
    }
  }

  /**
   * Other parts of the same story elsewhere on the page: some sites split one article's text into several
   * containers of the same class in separate layout rows (Politico's lede sits in a first
   * `div.story-text`, the rest in a second), where Readability keeps only the longest. They are found by
   * the class of the element that holds most of the chosen content's paragraphs.
   */
  private otherParts(roots: Element[]): Element[] {
    const chars = new Map<Element, number>();
    let container: Element | undefined;
    for (const paragraph of this.walk.scored) {
      const parent = this.parentOf(paragraph);
      // contains(null) is false: a paragraph without a parent is skipped too.
      if (!roots.some((root) => root.contains(parent))) continue;
      const count = (chars.get(parent!) ?? 0) + this.stats.get(paragraph)!.chars;
      chars.set(parent!, count);
      if (!container || count > chars.get(container)!) container = parent!;
    }
    // A class that says it holds the story ("story-text"), not a layout one ("row") that other boxes share.
    // (No class tests as "null" or "undefined", which the pattern does not match.)
    const containerClass = container?.getAttribute('class');
    if (!POSITIVE_CLASS.test(containerClass!)) return [];
    // Scored, so it holds paragraphs. One inside a root is read already; one holding a root would bring in
    // what is around it.
    return [...this.scores.keys()].filter(
      (el) => el.getAttribute('class') === containerClass && !roots.some((root) => root.contains(el) || el.contains(root)),
    );
  }

  // ---- Clean-up: what Readability drops from the chosen content ----

  private cleanUp(roots: Element[]): Set<Element> {
    const dropped = new Set<Element>();
    for (const root of roots) {
      for (const el of [root, ...Array.from(root.querySelectorAll('form, fieldset, h1, h2, table, ul, div, *[class*="share" i], *[id*="share" i]'))]) {
        if (this.stats.has(el) && this.dropsOnCleanUp(el, el === root)) dropped.add(el);
      }
    }
    return dropped;
  }

  private dropsOnCleanUp(el: Element, isRoot: boolean): boolean {
    const name = el.localName;
    const stats = this.stats.get(el)!;
    if (!isRoot && SHARE_ELEMENT.test(classAndId(el)) && (el.textContent?.length ?? 0) < SHARE_MAX_CHARS) return true;
    if (name === 'h1' || name === 'h2') return this.classWeight(el) < 0;
    if (!['form', 'fieldset', 'table', 'ul', 'div'].includes(name) || stats.unwrapped || stats.asParagraph) return false;
    return this.dropsConditionally(el, stats);
  }

  /** Readability's `_cleanConditionally`, on the gathered figures. */
  private dropsConditionally(el: Element, stats: ElementStats): boolean {
    const name = el.localName;
    let isList = name === 'ul' || name === 'ol';
    if (!isList) isList = stats.chars > 0 && stats.listChars / stats.chars > 0.9;
    if (this.walk.dataTables.has(el) || stats.dataTables > 0 || stats.videos > 0 || el.parentElement?.closest('code') || this.inDataTable(el)) return false;
    const weight = this.classWeight(el);
    if (weight < 0) return true;
    if (stats.commas >= 10) return false;
    const paragraphs = stats.paragraphs;
    const images = stats.images;
    const listItems = stats.listItems - 100;
    const density = linkDensity(stats);
    const headingDensity = stats.chars > 0 ? stats.headingChars / stats.chars : 0;
    const textDensity = stats.chars > 0 ? stats.textishChars / stats.chars : 0;
    const inFigure = el.parentElement?.closest('figure') != null;
    if (stats.chars < 40 && AD_OR_LOADING.test((el.textContent ?? '').trim())) return true;
    const drop =
      (!inFigure && images > 1 && paragraphs / images < 0.5) ||
      (!isList && listItems > paragraphs) ||
      ((name === 'form' || name === 'fieldset') && stats.inputs > Math.floor(paragraphs / 3)) ||
      (!isList && !inFigure && headingDensity < 0.9 && stats.chars < 25 && (images === 0 || images > 2) && density > 0) ||
      (!isList && weight < 25 && density > 0.2) ||
      (weight >= 25 && density > 0.5) ||
      (images === 0 && textDensity === 0);
    if (!drop || !isList) return drop;
    // A list of images, one per item, stays.
    const items = Array.from(el.children);
    return !(items.every((item) => item.children.length <= 1) && images === el.getElementsByTagName('li').length);
  }

  private inDataTable(el: Element): boolean {
    for (let table = el.parentElement?.closest('table'); table; table = table.parentElement?.closest('table')) {
      if (this.walk.dataTables.has(table)) return true;
    }
    return false;
  }

  private keptChars(root: Element, dropped: Set<Element>): number {
    let chars = this.stats.get(root)!.chars;
    for (const el of dropped) if (el !== root && root.contains(el)) chars -= this.stats.get(el)!.chars;
    return chars;
  }
}

/** Readability's `_isProbablyVisible`, and the other ways a page hides an element that the scan respects. */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const ariaHidden = el.getAttribute('aria-hidden');
  if (ariaHidden === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) return true;
  if (el.getAttribute('aria-modal') === 'true' && el.getAttribute('role') === 'dialog') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** An embed of a video player, by its own attributes or, for an <object>, its parameters'. */
function isVideo(el: Element): boolean {
  const elements = el.localName === 'object' ? [el, ...Array.from(el.getElementsByTagName('*'))] : [el];
  return elements.some((e) => Array.from(e.attributes).some((attribute) => VIDEO_HOST.test(attribute.value)));
}

/** What Readability matches its class patterns against. */
function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/** Readability's unlikely candidates: by role, or by a class or id that says "comments", "sidebar", "share"… */
function isUnlikelyCandidate(el: Element, name: string): boolean {
  if (name === 'body' || name === 'a') return false;
  const role = el.getAttribute('role');
  if (role && UNLIKELY_ROLES.has(role)) return true;
  const match = classAndId(el);
  return UNLIKELY_CANDIDATE.test(match) && !MAYBE_CANDIDATE.test(match) && !el.closest('table, code');
}

/** Adds the text's length, white space runs counted once, and its commas; says whether it ends in white space. */
function measureText(stats: { chars: number; commas: number }, data: string, inSpace: boolean): boolean {
  let chars = 0;
  let commas = 0;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (isSpace(code)) {
      if (!inSpace) chars++;
      inSpace = true;
    } else {
      chars++;
      inSpace = false;
      if (code === 0x2c || (code > 0x5ff && COMMAS.has(code))) commas++;
    }
  }
  stats.chars += chars;
  stats.commas += commas;
  return inSpace;
}

function linkDensity(stats: ElementStats): number {
  return stats.chars > 0 ? stats.linkChars / stats.chars : 0;
}

/** Text of its own besides the one child (Readability's "no text nodes with real content"). */
function hasLooseText(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE && !isBlankText((child as Text).data)) return true;
  }
  return false;
}

/** The next node after `br`, blank text skipped, is another line break. */
function nextIsBreak(br: Element): boolean {
  let next = br.nextSibling;
  while (next && next.nodeType === TEXT_NODE && isBlankText((next as Text).data)) next = next.nextSibling;
  return next?.nodeType === ELEMENT_NODE && (next as Element).localName === 'br';
}

/** Readability's `_markDataTables`: a table of data, not of layout. */
function isDataTable(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation' || table.getAttribute('datatable') === '0') return false;
  if (table.hasAttribute('summary') || table.querySelector('caption, thead, tfoot, th, colgroup')) return true;
  if (table.querySelector('table')) return false;
  const rows = table.getElementsByTagName('tr');
  let columns = 0;
  for (const row of Array.from(rows)) {
    let cells = 0;
    for (const cell of Array.from(row.children)) cells += Number(cell.getAttribute('colspan')) || 1;
    columns = Math.max(columns, cells);
  }
  return rows.length >= 10 || columns > 4 || rows.length * columns > 10;
}
