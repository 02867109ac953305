import { useCapture, useT } from '../state/contexts';
import type { ConsultationDraft } from '../draft/consultation-draft';

/** Which page the consultation will link to: the quoted page, else the page open now. */
export function SourceLine({ source }: { source: ConsultationDraft['source'] }) {
  const t = useT();
  const { page, editor } = useCapture();
  // An edit keeps the page the note was captured beside.
  const link = editor.editing.value ? source : (source ?? page.link());
  return (
    <p class="source muted" data-testid="editor-source">
      {t('editor.source')}: {link?.url ? <span title={link.url}>{link.title || link.url}</span> : t('editor.sourceNone')}
    </p>
  );
}
