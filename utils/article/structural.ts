// A plain structural guess at the article container, for pages where content scoring finds nothing.
import { isNeverScanned } from './chrome';

const MARKED_BODY = '[itemprop~="articleBody"], [itemprop~="articlebody"]';

/**
 * The element holding the article: one marked as the article body, else the parent of the most
 * paragraph text (one pass over the paragraphs), else `main` or the only `article`.
 */
export function structuralArticleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const marked = body.querySelector(MARKED_BODY);
  if (marked) return marked;

  const textByParent = new Map<Element, number>();
  let best: Element | null = null;
  let bestLength = 0;
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent || isNeverScanned(p) || isNeverScanned(parent)) continue;
    const total = (textByParent.get(parent) ?? 0) + (p.textContent ?? '').trim().length;
    textByParent.set(parent, total);
    if (total > bestLength) {
      best = parent;
      bestLength = total;
    }
  }
  if (best) return best;

  const main = body.querySelector('main, [role="main"]');
  if (main) return main;
  const articles = body.getElementsByTagName('article');
  return articles.length === 1 ? articles.item(0) : null;
}
