import type { ComponentChildren } from 'preact';

/** A designed empty, waiting or error state: what happened and, where there is one, what to do. */
export function StatusMessage({ title, children, tone = 'info' }: { title: string; children?: ComponentChildren; tone?: 'info' | 'error' | 'busy' }) {
  return (
    <section class={`status status-${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-live="polite">
      {tone === 'busy' && <span class="spinner" aria-hidden="true" />}
      <h2>{title}</h2>
      {children}
    </section>
  );
}
