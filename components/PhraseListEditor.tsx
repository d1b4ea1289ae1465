import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';

interface PhraseListEditorProps {
  /** Names the list for assistive technology and the "add" field. */
  label: string;
  heading?: ComponentChildren;
  items: readonly string[];
  onChange: (items: string[]) => void;
  placeholder: string;
  /** Turns what was typed into the entry to store, or null when it is not acceptable. */
  normalize?: (text: string) => string | null;
  invalidMessage?: string;
}

const tidy = (text: string) => text.trim().replace(/\s+/g, ' ') || null;

/** A list of phrases (or sites) the reader can add to and remove from; changes are reported at once. */
export function PhraseListEditor({ label, heading, items, onChange, placeholder, normalize = tidy, invalidMessage }: PhraseListEditorProps) {
  // Only the field's complaint lives here; the list itself belongs to the page's App.
  const [problem, setProblem] = useState<string | null>(null);

  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const field = form.elements.namedItem('entry') as HTMLInputElement;
    const entry = normalize(field.value);
    if (entry === null) return setProblem(field.value.trim() ? (invalidMessage ?? t('phraseEmpty')) : t('phraseEmpty'));
    if (items.some((item) => item.toLowerCase() === entry.toLowerCase())) return setProblem(t('phraseDuplicate', entry));
    setProblem(null);
    field.value = '';
    onChange([...items, entry]);
  };

  return (
    <div class="phrase-list">
      {heading}
      {items.length > 0 ? (
        <ul class="chips" aria-label={label}>
          {items.map((item) => (
            <li key={item} class="chip">
              <span>{item}</span>
              <button type="button" aria-label={t('removeEntry', item)} onClick={() => onChange(items.filter((other) => other !== item))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty-list">{t('listEmpty')}</p>
      )}
      <form class="add-entry" onSubmit={add}>
        <input
          name="entry"
          type="text"
          aria-label={t('addEntryLabel', label)}
          aria-invalid={problem ? 'true' : undefined}
          placeholder={placeholder}
          autoComplete="off"
          spellcheck={false}
          onInput={() => problem && setProblem(null)}
        />
        <button type="submit" class="secondary">
          {t('addEntry')}
        </button>
      </form>
      {problem && (
        <p class="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
