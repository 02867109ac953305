import { useId } from 'preact/hooks';
import { useT } from '../../state/contexts';
import type { SiteRuleEditorStore } from '../../state/site-rule-editor-store';

/** 「このURLで試す」: paste a portal page's address, see whether the rule applies and what it reads. */
export function SiteRuleTester({ store }: { store: SiteRuleEditorStore }) {
  const t = useT();
  const id = useId();
  const result = store.test.value;
  const text = result.kind === 'id' ? t('siteRules.test.id', { value: result.value }) : t(`siteRules.test.${result.kind}`);
  const tone = result.kind === 'id' || result.kind === 'fromPage' ? 'success' : result.kind === 'empty' ? 'plain' : 'error';
  return (
    <fieldset class="rule-tester">
      <legend>{t('siteRules.tester')}</legend>
      <div class="field">
        <label for={id}>{t('siteRules.testUrl')}</label>
        <input
          id={id}
          type="url"
          spellcheck={false}
          value={store.testUrl.value}
          onInput={(e) => (store.testUrl.value = e.currentTarget.value)}
        />
      </div>
      <p role="status" class={tone === 'plain' ? 'muted' : `notice notice-${tone}`} data-testid="rule-test-result">
        {text}
      </p>
    </fieldset>
  );
}
