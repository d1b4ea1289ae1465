// Finds the article body of a page and the text Sourcelight scans, without touching the page.
// Works from DOM structure and attributes only (no layout, no computed style), so a live page and
// the same page parsed in Node give identical results.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { buildTextSteps, commonAncestor, type BuiltText } from './build-text';
import { findArticleContentSteps, inArticleContent } from './content-score';
import { structuralArticleRoot } from './structural';
import type { ArticleText, ExtractOptions } from './types';
import { PageTooLargeError, type PageLimits } from '../page-size';
import { runSteps, type Steps } from '../steps';

/** Shorter than this, a page is not an article (about three sentences). */
const MIN_ARTICLE_CHARS = 250;
/** A body whose text is mostly links is an index page, not an article. */
const MAX_LINK_DENSITY = 0.5;

const ARTICLE_TYPE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:[A-Za-z]*Article|BlogPosting|Report)"/;

/**
 * The article body of `doc` as scannable text, or null when the page is not an article. With
 * `force`, never null: the visible page minus navigation, forms and other chrome is taken instead.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ArticleText | null {
  return runSteps(extractArticleSteps(doc, options));
}

/** `extractArticle` as steps: it pauses every `STEP` nodes of its walks over the page. */
export function* extractArticleSteps(doc: Document, options: ExtractOptions = {}): Steps<ArticleText | null> {
  const title = pageTitle(doc);
  const body = doc.body;
  const article = body ? yield* findArticle(doc, body, options.limits) : null;
  if (article) {
    return { text: article.text, segments: article.segments, root: commonAncestor(article.segments, body!), mode: 'article', title };
  }
  if (!options.force) return null;
  const scope = body ?? doc.documentElement;
  const page = yield* buildTextSteps(scope, null, false);
  return { text: page.text, segments: page.segments, root: commonAncestor(page.segments, scope), mode: 'page', title };
}

function* findArticle(doc: Document, body: HTMLElement, limits: PageLimits | undefined): Steps<BuiltText | null> {
  let article: BuiltText | null = null;
  try {
    const content = yield* findArticleContentSteps(body, limits);
    if (content) article = yield* buildTextSteps(content.scope, inArticleContent(content), true);
  } catch (error) {
    if (error instanceof PageTooLargeError) throw error;
    // Unusual markup, or a page that changed under a paused walk, can defeat the scoring; the structural
    // guess below still finds most articles (and a page that changed is scanned again).
  }
  if (!article) {
    const root = structuralArticleRoot(doc);
    if (root) article = yield* buildTextSteps(root, null, true);
  }
  return article && looksLikeArticle(doc, article) ? article : null;
}

function looksLikeArticle(doc: Document, article: BuiltText): boolean {
  const length = article.text.length;
  if (length < MIN_ARTICLE_CHARS || article.linkChars > length * MAX_LINK_DENSITY) return false;
  return hasArticleMetadata(doc) || probablyReaderable(doc);
}

function probablyReaderable(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
}

/** The publisher says this page is an article (Open Graph, JSON-LD or microdata). */
function hasArticleMetadata(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType && ogType.trim().toLowerCase() === 'article') return true;
  if (doc.querySelector('[itemtype*="Article"], [itemtype*="BlogPosting"]')) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (ARTICLE_TYPE.test(script.textContent ?? '')) return true;
  }
  return false;
}

function pageTitle(doc: Document): string {
  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return (ogTitle || doc.title || '').replace(/\s+/g, ' ').trim();
}
