import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConsultationEditor } from '../components/ConsultationEditor';
import { CaptureContext, useT, type CaptureStores, useKartePage } from '../state/contexts';

interface Loaded {
  Editor: typeof ConsultationEditor;
  stores: CaptureStores;
}

/**
 * The consultation editor on the karte page: a new note for this business, or an edit of one
 * of its consultations. Its code and stores load the first time it opens (the karte itself
 * never waits for them); its draft is kept per business, so a closed tab loses nothing.
 */
export function KarteEditorSlot({ businessId }: { businessId: string }) {
  const t = useT();
  const karte = useKartePage();
  const target = karte.editorTarget.value;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const loading = useRef(false);

  useEffect(() => {
    if (!target || loaded || loading.current || !karte.editorStores) return;
    loading.current = true;
    void Promise.all([import('../components/ConsultationEditor'), karte.editorStores()]).then(async ([m, stores]) => {
      await stores.editor.start();
      stores.taxonomy.start();
      setLoaded({ Editor: m.ConsultationEditor, stores });
    });
  }, [target]);

  // What the editor is for: this business's new note, or the consultation chosen.
  useEffect(() => {
    if (!loaded || !target) return;
    const { editor } = loaded.stores;
    if (target.mode === 'edit') void editor.startEdit(target.consultation);
    else if (editor.editing.value) void editor.cancelEdit().then(() => editor.current.value.update({ businessId }));
    else editor.current.value.update({ businessId });
  }, [loaded, target]);

  // Saved: the karte shows it; the editor closes.
  const saved = loaded?.stores.editor.lastSaved.value;
  const seen = useRef(saved);
  useEffect(() => {
    if (saved && saved !== seen.current) karte.closeEditor();
    seen.current = saved;
  }, [saved]);

  if (!target) return null;
  const close = () => {
    if (loaded?.stores.editor.editing.value) void loaded.stores.editor.cancelEdit();
    karte.closeEditor();
  };
  return (
    <section class="karte-editor no-print" aria-label={t('kartePage.newConsultationHeading')} data-testid="karte-editor">
      <div class="bar">
        <span />
        <button type="button" class="secondary" onClick={close}>
          {t('kartePage.closeEditor')}
        </button>
      </div>
      {loaded ? (
        <CaptureContext.Provider value={loaded.stores}>
          <loaded.Editor autoFocus />
        </CaptureContext.Provider>
      ) : (
        <p class="muted" role="status">
          {t('kartePage.editorLoading')}
        </p>
      )}
    </section>
  );
}
