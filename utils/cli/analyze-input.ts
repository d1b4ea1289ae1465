// One input (a plain-text or HTML string) to one analysis, through the same code the extension runs.
import { analysisOf } from '../document-analysis';
import { extractArticle } from '../article';
import type { ScanMode } from '../article/types';
import { analyzeText, summarizeAttribution } from '../engine';
import type { AttributionSummary, Finding } from '../engine/types';
import type { LanguageVerdict } from '../language';
import { detectLanguage } from '../language/detect';

export type InputFormat = 'html' | 'text';

export interface PageInfo {
  title: string;
  /** `page` when no article was detected and the page was scanned anyway, as the extension's "scan anyway" does. */
  mode: ScanMode;
}

export interface InputAnalysis {
  /** The text the findings' offsets refer to. */
  text: string;
  /** When the engine does not read the language, there are no findings and the summary is ungraded. */
  language: LanguageVerdict;
  findings: Finding[];
  summary: AttributionSummary;
  /** HTML inputs only. */
  page?: PageInfo;
}

export type AnalysisOutcome = { ok: true; analysis: InputAnalysis } | { ok: false; error: string };

const HTML_MARKUP = /<(html|body)[\s>]/i;

/** The file extension decides; an unknown one falls back to looking for `<html` or `<body`. */
export function detectFormat(fileName: string, content: string): InputFormat {
  if (/\.html?$/i.test(fileName)) return 'html';
  if (/\.txt$/i.test(fileName)) return 'text';
  return HTML_MARKUP.test(content) ? 'html' : 'text';
}

/** As the extension does: a text in a language the engine does not read is not scanned. */
function findingsIn(text: string, language: LanguageVerdict): Finding[] {
  return language.supported ? analyzeText(text) : [];
}

function analyzePlainText(text: string): InputAnalysis {
  const language = detectLanguage(text);
  const findings = findingsIn(text, language);
  return { text, language, findings, summary: summarizeAttribution(findings) };
}

async function analyzeHtml(html: string, url?: string): Promise<InputAnalysis> {
  // The DOM and HTML parser take a while to load, so runs on plain text never load them.
  const { parseHtml } = await import('../article/parse-html');
  // Forced, a page that is not an article is still scanned, whole; its mode says so.
  const doc = parseHtml(html, url);
  const article = extractArticle(doc, { force: true });
  if (!article) throw new Error('the page has no text to scan');
  const language = detectLanguage(article.text, doc.documentElement.lang || null);
  const { findings, summary } = analysisOf(article, findingsIn(article.text, language));
  return { text: article.text, language, findings, summary, page: { title: article.title, mode: article.mode } };
}

/** Never throws: a failure becomes a message, so one bad input does not stop a batch. */
export async function tryAnalyze(format: InputFormat, content: string, url?: string): Promise<AnalysisOutcome> {
  try {
    const analysis = format === 'html' ? await analyzeHtml(content, url) : analyzePlainText(content);
    return { ok: true, analysis };
  } catch (error) {
    return { ok: false, error: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
