// The message protocol between the extension's parts, in one place: each request's payload and reply.
import type { ScanMode } from './article/types';
import type { AttributionSummary, Finding } from './engine/types';

/** What the content script knows about its tab; the popup renders it and the badge summarises it. */
export type TabStatus =
  | { status: 'scanning' }
  | { status: 'not-article' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      highlightsOn: boolean;
      mode: ScanMode;
      title: string;
      summary: AttributionSummary;
      findings: Finding[];
    };

/** Requests the popup sends to a tab's content script, each answered with the tab's new status. */
export type ContentRequest =
  | { type: 'get-status' }
  | { type: 'set-highlights'; on: boolean }
  | { type: 'rescan'; force: boolean };

/** Sent by a content script whenever its status changes: the background updates the badge, an open popup re-renders. */
export interface TabStatusChanged {
  type: 'tab-status';
  status: TabStatus;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Messages arrive untyped; anything that is not exactly a known request is ignored. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  if (!isObject(message)) return null;
  switch (message.type) {
    case 'get-status':
      return { type: 'get-status' };
    case 'set-highlights':
      return typeof message.on === 'boolean' ? { type: 'set-highlights', on: message.on } : null;
    case 'rescan':
      return typeof message.force === 'boolean' ? { type: 'rescan', force: message.force } : null;
    default:
      return null;
  }
}

const STATUSES = new Set(['scanning', 'not-article', 'error', 'ready']);

export function parseTabStatusChanged(message: unknown): TabStatusChanged | null {
  if (!isObject(message) || message.type !== 'tab-status') return null;
  const status = message.status;
  if (!isObject(status) || !STATUSES.has(status.status as string)) return null;
  if (status.status === 'ready' && (!isObject(status.summary) || !Array.isArray(status.findings))) return null;
  return message as unknown as TabStatusChanged;
}
