import { useState } from 'preact/hooks';
import { byArea, STARTUP_AREAS, type StartupArea, type StartupAreaTags } from '../../../shared/startup-support';
import type { TaxonomyGroup } from '../../db/tag-queries';
import { useT } from '../../state/contexts';
import type { OrgSettingStore } from '../../state/org-setting-store';
import { NoticeText } from '../NoticeText';
import { useImeSafeSubmit } from '../use-ime-safe-submit';
import { liveTagIds, TagChoices } from './TagChoices';

interface Props {
  store: OrgSettingStore<StartupAreaTags>;
  groups: readonly TaxonomyGroup[];
}

/**
 * 特定創業支援の分野: which tags count as 経営, 財務, 人材育成 and 販路開拓 when the reports check a
 * founder's sessions (a 創業塾 series may have its own tags). Saved to the server for everyone.
 */
export function StartupAreasSection({ store, groups }: Props) {
  const t = useT();
  const current = store.value.value;
  const [chosen, setChosen] = useState<Record<StartupArea, ReadonlySet<string>>>(byArea((a) => new Set(current[a])));
  const offered = groups.filter((g) => g.tags.length > 0);
  const live = liveTagIds(offered);
  const submit = useImeSafeSubmit(() => void store.save(byArea((a) => [...chosen[a]].filter((id) => live.has(id)))));
  return (
    <section class="org-section" aria-labelledby="startup-areas-heading">
      <h2 id="startup-areas-heading">{t('startupAreas.heading')}</h2>
      <p class="muted">{t('startupAreas.help')}</p>
      <p data-testid="startup-areas-state">{store.tuned.value ? t('startupAreas.tuned') : t('startupAreas.standard')}</p>
      <NoticeText notice={store.notice.value} testId="startup-areas-notice" />
      <form {...submit}>
        {STARTUP_AREAS.map((area) => (
          <TagChoices
            key={area}
            label={t(`startupArea.${area}`)}
            help={t('startupAreas.areaHelp', { area: t(`startupArea.${area}`) })}
            groups={offered}
            chosen={chosen[area]}
            onChange={(next) => setChosen({ ...chosen, [area]: next })}
          />
        ))}
        <div class="buttons">
          <button type="submit" class="primary">
            {t('startupAreas.save')}
          </button>
          {store.tuned.value && (
            <button type="button" class="secondary" onClick={() => void store.save(null)}>
              {t('startupAreas.useStandard')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
