import { useId } from 'preact/hooks';
import { useT } from '../../state/contexts';
import { useImeSafeSubmit } from '../use-ime-safe-submit';
import type { SiteRuleEditorStore } from '../../state/site-rule-editor-store';
import { RuleInput } from './RuleInput';
import { SiteRuleTester } from './SiteRuleTester';

/** The form adding or editing one site rule; the schema's messages appear under their fields. */
export function SiteRuleFormView({ store }: { store: SiteRuleEditorStore }) {
  const t = useT();
  const headingId = useId();
  const enabledId = useId();
  const fromName = useId();
  // A rule's name is often Japanese: the Enter confirming it must not save the rule.
  const submit = useImeSafeSubmit(() => void store.save());
  const form = store.editing.value;
  if (!form) return null;
  const errors = store.errors.value;
  const change = store.change;
  return (
    <form class="rule-form" aria-labelledby={headingId} {...submit}>
      <h3 id={headingId}>{form.id ? t('siteRules.formEdit') : t('siteRules.formNew')}</h3>
      <RuleInput label={t('siteRules.name')} value={form.name} error={errors.name} onInput={(name) => change({ name })} />
      <RuleInput
        label={t('siteRules.system')}
        value={form.system}
        error={errors.system}
        help={t('siteRules.systemHelp')}
        onInput={(system) => change({ system })}
      />
      <RuleInput
        label={t('siteRules.urlPattern')}
        value={form.urlPattern}
        error={errors.urlPattern}
        help={t('siteRules.urlPatternHelp')}
        onInput={(urlPattern) => change({ urlPattern })}
      />
      <fieldset>
        <legend>{t('siteRules.from')}</legend>
        {(['url', 'selector'] as const).map((from) => (
          <div class="check" key={from}>
            <input id={`${fromName}-${from}`} type="radio" name={fromName} checked={form.from === from} onChange={() => change({ from })} />
            <label for={`${fromName}-${from}`}>{t(from === 'url' ? 'siteRules.fromUrl' : 'siteRules.fromSelector')}</label>
          </div>
        ))}
        {errors.from && (
          <span class="field-error" role="alert">
            {errors.from}
          </span>
        )}
      </fieldset>
      {form.from === 'url' ? (
        <RuleInput
          label={t('siteRules.regexUrl')}
          value={form.regex}
          error={errors.regex}
          help={t('siteRules.regexUrlHelp')}
          onInput={(regex) => change({ regex })}
        />
      ) : (
        <>
          <RuleInput
            label={t('siteRules.selector')}
            value={form.selector}
            error={errors.selector}
            help={t('siteRules.selectorHelp')}
            onInput={(selector) => change({ selector })}
          />
          <RuleInput
            label={t('siteRules.attribute')}
            value={form.attribute}
            error={errors.attribute}
            onInput={(attribute) => change({ attribute })}
          />
          <RuleInput label={t('siteRules.regexSelector')} value={form.regex} error={errors.regex} onInput={(regex) => change({ regex })} />
        </>
      )}
      <div class="check">
        <input id={enabledId} type="checkbox" checked={form.enabled} onChange={(e) => change({ enabled: e.currentTarget.checked })} />
        <label for={enabledId}>{t('siteRules.enabledField')}</label>
      </div>
      <SiteRuleTester store={store} />
      <div class="buttons">
        <button type="submit" class="primary">
          {t('siteRules.save')}
        </button>
        <button type="button" class="secondary" onClick={() => store.cancel()}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
