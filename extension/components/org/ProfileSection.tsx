import { useState } from 'preact/hooks';
import type { OrgProfile } from '../../../shared/api';
import { ORG_KINDS, PREFECTURES, type OrgKind, type Prefecture } from '../../../shared/enums';
import { LIMITS } from '../../../shared/limits';
import { useT } from '../../state/contexts';
import type { ProfileChange } from '../../state/org-admin-store';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { useImeSafeSubmit } from '../use-ime-safe-submit';

interface Props {
  profile: OrgProfile;
  onSave: (change: ProfileChange) => Promise<boolean>;
}

/** 組織の情報: 種別, 都道府県 (the 47 as a list) and 市区町村; the 年度 starts in April for everyone. */
export function ProfileSection({ profile, onSave }: Props) {
  const t = useT();
  const [kind, setKind] = useState<OrgKind | ''>(profile.kind ?? '');
  const [prefecture, setPrefecture] = useState<Prefecture | ''>(profile.prefecture ?? '');
  const [municipality, setMunicipality] = useState(profile.municipality);
  const submit = useImeSafeSubmit(() => void onSave({ kind: kind || null, prefecture: prefecture || null, municipality }));
  const none = { value: '' as const, label: t('org.notSet') };
  return (
    <section class="org-section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('org.profile')}</h2>
      <p>{t('org.profileName', { name: profile.name })}</p>
      <form class="profile-form" {...submit}>
        <div class="row">
          <SelectField<OrgKind>
            label={t('org.kind')}
            value={kind}
            onChange={setKind}
            options={[none, ...ORG_KINDS.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))]}
          />
          <SelectField<Prefecture>
            label={t('org.prefecture')}
            value={prefecture}
            onChange={setPrefecture}
            options={[none, ...PREFECTURES.map((p) => ({ value: p, label: t(`prefecture.${p}`) }))]}
          />
        </div>
        <TextField
          label={t('org.municipality')}
          value={municipality}
          onInput={setMunicipality}
          maxLength={LIMITS.shortText}
          placeholder={t('org.municipalityExample')}
        />
        <p class="muted">
          {t('org.fiscalYear', { month: profile.fiscalYearStartMonth, end: ((profile.fiscalYearStartMonth + 10) % 12) + 1 })}
        </p>
        <div class="buttons">
          <button type="submit" class="primary">
            {t('org.saveProfile')}
          </button>
        </div>
      </form>
    </section>
  );
}
