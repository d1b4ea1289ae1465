// One input (a plain-text or HTML string) to one analysis, through the same code the extension runs.
import { analyzeDocument } from '../analyze-document';
import type { ScanMode } from '../article/types';
import { analyzeText, summarizeAttribution } from '../engine';
import type { AttributionSummary, Finding } from '../engine/types';

export type InputFormat = 'html' | 'text';

export interface PageInfo {
  title: string;
  /** `page` when no article was detected and the page was scanned anyway, as the extension's "scan anyway" does. */
  mode: ScanMode;
}

export interface InputAnalysis {
  /** The text the findings' offsets refer to. */
  text: string;
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

function analyzePlainText(text: string): InputAnalysis {
  const findings = analyzeText(text);
  return { text, findings, summary: summarizeAttribution(findings) };
}

async function analyzeHtml(html: string, url?: string): Promise<InputAnalysis> {
  // The DOM and HTML parser take a while to load, so runs on plain text never load them.
  const { parseHtml } = await import('../article/parse-html');
  // Forced, a page that is not an article is still scanned, whole; its mode says so.
  const analysis = analyzeDocument(parseHtml(html, url), { force: true });
  if (!analysis) throw new Error('the page has no text to scan');
  const { article, findings, summary } = analysis;
  return { text: article.text, findings, summary, page: { title: article.title, mode: article.mode } };
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
