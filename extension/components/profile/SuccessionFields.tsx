import { SUCCESSION_REFERRALS, SUCCESSORS } from '../../../shared/enums';
import { LIMITS } from '../../../shared/limits';
import type { ProfileDraft } from '../../karte/profile-draft';
import { useT } from '../../state/contexts';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';

interface Props {
  draft: ProfileDraft;
  set: (patch: Partial<ProfileDraft>) => void;
}

/** 事業承継: 後継者の有無, 承継予定時期 (as the owner puts it), 事業承継・引継ぎ支援センターへの紹介 and its date. */
export function SuccessionFields({ draft: d, set }: Props) {
  const t = useT();
  return (
    <fieldset class="profile-section" id="profile-succession" data-testid="succession-fields">
      <legend>{t('succession.heading')}</legend>
      <div class="row">
        <SelectField
          label={t('succession.successor')}
          value={d.successor}
          options={[{ value: '', label: t('profile.choose') }, ...SUCCESSORS.map((s) => ({ value: s, label: t(`successor.${s}`) }))]}
          onChange={(successor) => set({ successor })}
        />
        <TextField
          label={t('succession.timing')}
          value={d.successionTiming}
          onInput={(successionTiming) => set({ successionTiming })}
          placeholder={t('succession.timingPlaceholder')}
          maxLength={LIMITS.shortText}
        />
      </div>
      <div class="row">
        <SelectField
          label={t('succession.referral')}
          value={d.successionReferral}
          options={[
            { value: '', label: t('profile.choose') },
            ...SUCCESSION_REFERRALS.map((r) => ({ value: r, label: t(`referral.${r}`) })),
          ]}
          onChange={(successionReferral) => set({ successionReferral })}
        />
        {d.successionReferral === 'referred' && (
          <TextField
            label={t('succession.referredOn')}
            type="date"
            value={d.successionReferredOn}
            onInput={(successionReferredOn) => set({ successionReferredOn })}
          />
        )}
      </div>
    </fieldset>
  );
}
