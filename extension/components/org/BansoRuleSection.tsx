import { useState } from 'preact/hooks';
import { BANSO_RULE_RANGES, type BansoRule } from '../../../shared/banso-rule';
import type { TaxonomyGroup } from '../../db/tag-queries';
import { STEP_GROUP_ID, WALL_GROUP_ID } from '../../karte/stage-timeline';
import type { BansoRuleStore } from '../../state/banso-rule-store';
import { useT } from '../../state/contexts';
import { NoticeText } from '../NoticeText';
import { liveTagIds, TagChoices } from './TagChoices';
import { useImeSafeSubmit } from '../use-ime-safe-submit';

interface Props {
  store: BansoRuleStore;
  /** The organisation's tags (live ones are offered; the 伴走ステップ and 5つの壁 always count). */
  groups: readonly TaxonomyGroup[];
}

type Numbers = Pick<BansoRule, 'consultations' | 'months' | 'signals'>;
const NUMBERS = ['consultations', 'months', 'signals'] as const;

/**
 * 伴走支援の提案: when the karte offers to start 伴走支援, for the whole organisation. The numbers,
 * the 相談分野 that are routine (記帳・税務: however many, not 伴走 on their own) and the tags that
 * are a turning point in themselves. Saved to the server; every device follows after its next sync.
 */
export function BansoRuleSection({ store, groups }: Props) {
  const t = useT();
  const rule = store.value.value;
  // The form starts from the rule in force; 保存 sends it whole.
  const [numbers, setNumbers] = useState<Numbers>({ consultations: rule.consultations, months: rule.months, signals: rule.signals });
  const [routine, setRoutine] = useState<ReadonlySet<string>>(new Set(rule.routineTagIds));
  const [triggers, setTriggers] = useState<ReadonlySet<string>>(new Set(rule.triggerTagIds));
  const offered = groups.filter((g) => g.group.id !== STEP_GROUP_ID && g.group.id !== WALL_GROUP_ID && g.tags.length > 0);
  const live = liveTagIds(offered);
  const submit = useImeSafeSubmit(
    () =>
      void store.save({
        ...numbers,
        // Only live tags are sent: a tag retired since the rule was saved drops out.
        routineTagIds: [...routine].filter((id) => live.has(id)),
        triggerTagIds: [...triggers].filter((id) => live.has(id)),
      }),
  );
  return (
    <section class="org-section" aria-labelledby="banso-rule-heading">
      <h2 id="banso-rule-heading">{t('bansoRule.heading')}</h2>
      <p class="muted">{t('bansoRule.help')}</p>
      <p data-testid="banso-rule-state">{store.tuned.value ? t('bansoRule.tuned') : t('bansoRule.standard')}</p>
      <NoticeText notice={store.notice.value} testId="banso-rule-notice" />
      <form class="banso-rule-form" {...submit}>
        <div class="row">
          {NUMBERS.map((key) => (
            <label key={key} class="field">
              {t(`bansoRule.${key}`)}
              <input
                type="number"
                inputMode="numeric"
                required
                min={BANSO_RULE_RANGES[key].min}
                max={BANSO_RULE_RANGES[key].max}
                step={1}
                value={numbers[key]}
                onInput={(e) => setNumbers({ ...numbers, [key]: e.currentTarget.valueAsNumber })}
              />
            </label>
          ))}
        </div>
        <p class="muted">{t('bansoRule.summary', numbers)}</p>
        <TagChoices
          label={t('bansoRule.routine')}
          help={t('bansoRule.routineHelp')}
          groups={offered}
          chosen={routine}
          onChange={setRoutine}
        />
        <TagChoices
          label={t('bansoRule.triggers')}
          help={t('bansoRule.triggersHelp')}
          groups={offered}
          chosen={triggers}
          onChange={setTriggers}
        />
        <div class="buttons">
          <button type="submit" class="primary">
            {t('bansoRule.save')}
          </button>
          {store.tuned.value && (
            <button type="button" class="secondary" onClick={() => void store.save(null)}>
              {t('bansoRule.useStandard')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
