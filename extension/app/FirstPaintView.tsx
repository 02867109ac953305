import { LIMITS } from '../../shared/limits';
import type { FirstPaintKey } from '../locales/ja-first-paint';

export type FirstPaintSurface = 'popup' | 'panel';

interface Props {
  surface: FirstPaintSurface;
  t: (key: FirstPaintKey) => string;
  /** Receives the note field, to focus it and to read what was typed. */
  noteRef: { current: HTMLTextAreaElement | null };
}

/**
 * What the popup and side panel show while the rest of them loads: their title and the note
 * field, with the markup (and so the look) of QuickCapture / SidePanel and ConsultationEditor.
 * Uncontrolled: the text typed here is read once, when the full view takes over.
 */
export function FirstPaintView({ surface, t, noteRef }: Props) {
  return (
    <main class={surface === 'popup' ? 'quick-capture' : 'side-panel'} aria-busy="true">
      <header class="bar">
        <h1>{t(surface === 'popup' ? 'capture.title' : 'panel.title')}</h1>
      </header>
      <form class="editor" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="first-paint-note">{t('field.inquiry')}</label>
          <textarea
            id="first-paint-note"
            ref={(el) => {
              noteRef.current = el;
            }}
            rows={5}
            placeholder={t('field.inquiryPlaceholder')}
            maxLength={LIMITS.noteField}
          />
        </div>
      </form>
    </main>
  );
}
