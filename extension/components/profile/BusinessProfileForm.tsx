import { useEffect, useRef, useState } from 'preact/hooks';
import { isValidCorporateNumber } from '../../../shared/corporate-number';
import { LEGAL_FORMS, MEMBERSHIPS } from '../../../shared/enums';
import { LIMITS } from '../../../shared/limits';
import type { Business } from '../../../shared/records';
import type { LocalBusiness } from '../../db/schema';
import { changeOf, draftOf, employeesOf, halfWidthDigits, type DraftProblem, type ProfileDraft } from '../../karte/profile-draft';
import type { ProfileSection, SectionReason } from '../../karte/profile-sections';
import { useT } from '../../state/contexts';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { useImeSafeSubmit } from '../use-ime-safe-submit';
import { CorporateNumberField } from './CorporateNumberField';
import { DisasterFields } from './DisasterFields';
import { ExternalIdRows } from './ExternalIdRows';
import { IndustryField } from './IndustryField';
import { SmallBusinessField } from './SmallBusinessField';
import { SuccessionFields } from './SuccessionFields';

interface Props {
  business: LocalBusiness;
  /** Where 被災 and 事業承継 apply already (filled in, or tagged on a consultation). */
  sections: Record<ProfileSection, SectionReason>;
  /** The section to start at (the karte's 「記入」 buttons); null: the top. */
  focus: ProfileSection | null;
  findSame: (number: string) => Promise<ReadonlyArray<{ id: string; name: string }>>;
  /** Saves the changed fields; resolves true when saved (the form then closes). */
  onSave: (change: Partial<Business>) => Promise<boolean>;
  onCancel: () => void;
}

const validNumber = (n: string) => /^\d{13}$/.test(n) && isValidCorporateNumber(n);

/**
 * Every field of the business, edited on its karte in sections: 基本情報, 業種・規模 (中分類 by
 * search, 従業員数, 小規模事業者 suggested from them), 強み・弱み, 外部ID, and 被災 and 事業承継 where
 * they apply or when added. Enter saves from a one-line field (never the IME's Enter).
 */
export function BusinessProfileForm({ business: b, sections, focus, findSame, onSave, onCancel }: Props) {
  const t = useT();
  const [d, setD] = useState<ProfileDraft>(() => draftOf(b));
  const [shown, setShown] = useState({
    disaster: sections.disaster !== null || focus === 'disaster',
    succession: sections.succession !== null || focus === 'succession',
  });
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (patch: Partial<ProfileDraft>) => setD((prev) => ({ ...prev, ...patch }));
  useEffect(() => {
    const start = formRef.current?.querySelector<HTMLElement>(focus ? `#profile-${focus} input, #profile-${focus} select` : 'input');
    start?.focus();
    start?.scrollIntoView?.({ block: 'center' });
  }, [focus]);

  const number = halfWidthDigits(d.corporateNumber);
  const employees = employeesOf(d.employees);
  const blocked = d.name.trim() === '' || (number !== '' && !validNumber(number)) || employees === undefined;
  const submit = useImeSafeSubmit(() => void save());
  const save = async () => {
    const result = changeOf(b, d, validNumber);
    if ('problem' in result) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    await onSave(result.change);
  };
  const add = (section: ProfileSection) => {
    setShown((s) => ({ ...s, [section]: true }));
    setTimeout(() => formRef.current?.querySelector<HTMLElement>(`#profile-${section} input`)?.focus(), 0);
  };
  return (
    <form ref={formRef} class="profile-form" aria-label={t('profile.formTitle')} {...submit}>
      <div class="profile-sections">
        <fieldset class="profile-section">
          <legend>{t('basics.title')}</legend>
          <TextField label={t('basics.name')} value={d.name} onInput={(name) => set({ name })} maxLength={LIMITS.name} />
          <TextField label={t('basics.nameKana')} value={d.nameKana} onInput={(nameKana) => set({ nameKana })} maxLength={LIMITS.kana} />
          <CorporateNumberField value={d.corporateNumber} onInput={(corporateNumber) => set({ corporateNumber })} findSame={findSame} />
          <div class="row">
            <SelectField
              label={t('profile.legalForm')}
              value={d.legalForm}
              options={[{ value: '', label: t('profile.choose') }, ...LEGAL_FORMS.map((f) => ({ value: f, label: t(`legalForm.${f}`) }))]}
              onChange={(legalForm) => set({ legalForm })}
            />
            <SelectField
              label={t('basics.membership')}
              value={d.membership}
              options={MEMBERSHIPS.map((m) => ({ value: m, label: t(`membership.${m}`) }))}
              onChange={(membership) => set({ membership: membership || 'unknown' })}
            />
          </div>
          <TextField
            label={t('basics.municipality')}
            value={d.municipality}
            onInput={(municipality) => set({ municipality })}
            maxLength={LIMITS.shortText}
          />
        </fieldset>
        <fieldset class="profile-section">
          <legend>{t('profile.sectionIndustry')}</legend>
          <IndustryField
            value={d.industryMiddle}
            onChange={(industryMiddle) => set({ industryMiddle })}
            divisionOnly={b.industryMiddle ? null : b.industry}
          />
          <TextField label={t('profile.employees')} value={d.employees} onInput={(e) => set({ employees: e })} inputMode="numeric" />
          {employees === undefined && (
            <p class="field-error" role="alert">
              {t('profile.employeesBad')}
            </p>
          )}
          <SmallBusinessField
            industryMiddle={d.industryMiddle || null}
            employees={employees ?? null}
            value={d.smallBusiness}
            onChange={(smallBusiness) => set({ smallBusiness })}
          />
        </fieldset>
        <fieldset class="profile-section">
          <legend>{t('profile.sectionStrengths')}</legend>
          <TextField
            label={t('kartePage.strengths')}
            value={d.strengths}
            onInput={(strengths) => set({ strengths })}
            multiline
            rows={2}
            maxLength={LIMITS.karteText}
          />
          <TextField
            label={t('kartePage.weaknesses')}
            value={d.weaknesses}
            onInput={(weaknesses) => set({ weaknesses })}
            multiline
            rows={2}
            maxLength={LIMITS.karteText}
          />
        </fieldset>
        <ExternalIdRows rows={d.externalIds} onChange={(externalIds) => set({ externalIds })} />
        {shown.disaster && <DisasterFields draft={d} set={set} />}
        {shown.succession && <SuccessionFields draft={d} set={set} />}
      </div>
      {(!shown.disaster || !shown.succession) && (
        <p class="buttons">
          {!shown.disaster && (
            <button type="button" class="secondary" onClick={() => add('disaster')}>
              {t('disaster.add')}
            </button>
          )}
          {!shown.succession && (
            <button type="button" class="secondary" onClick={() => add('succession')}>
              {t('succession.add')}
            </button>
          )}
        </p>
      )}
      {problem && (
        <p class="field-error" role="alert">
          {t(problem)}
        </p>
      )}
      <div class="buttons form-actions">
        <button type="submit" class="primary" disabled={blocked}>
          {t('common.save')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
