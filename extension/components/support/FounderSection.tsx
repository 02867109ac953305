import { useId, useState } from 'preact/hooks';
import { LIMITS } from '../../../shared/limits';
import type { Founder } from '../../../shared/records';
import type { Founding } from '../../karte/support-kinds';
import type { LocalBusiness, LocalFounder } from '../../db/schema';
import { founderDraft, founderFromDraft, type Outcome } from '../../karte/support-draft';
import { useI18n, useT } from '../../state/contexts';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { FormEnd } from './FormEnd';
import { RecordTools, SupportSection } from './SupportSection';
import { useSupportForm } from './use-support-form';

type Fields = Omit<Founder, 'businessId' | 'deleted' | 'foundedOn'>;

interface Props {
  records: readonly LocalFounder[];
  business: LocalBusiness;
  editing: string | null | undefined;
  /** The advisor's today (YYYY-MM-DD): a founding is dated today unless changed. */
  today: string;
  onOpen: (id: string | null) => void;
  onClose: () => void;
  onSave: (id: string | null, fields: Fields) => Promise<boolean>;
  onDelete: (record: LocalFounder, name: string) => void;
  onRegister: (founderId: string, founding: Founding) => Promise<boolean>;
}

/**
 * 特定創業支援 on the karte: the founder (a person, recorded before the business exists: the karte
 * is 創業予定 until then) with the 市区町村's 証明書, and 「事業者として登録」 when the founder starts
 * up. The founder's sessions are this karte's consultations.
 */
export function FounderSection({ records, business, editing, today, onOpen, onClose, onSave, onDelete, onRegister }: Props) {
  const t = useT();
  const i18n = useI18n();
  const [founding, setFounding] = useState<string | null>(null);
  const none = <span class="muted">{t('kartePage.notRecorded')}</span>;
  const form = (record: LocalFounder | null) => (
    <FounderForm
      key={record?.id ?? 'new'}
      record={record}
      karte={business}
      onSave={(fields) => onSave(record?.id ?? null, fields)}
      onCancel={onClose}
    />
  );
  return (
    <SupportSection
      kind="founder"
      heading={t('founder.heading')}
      what={t('founder.what')}
      count={records.length}
      testId="founders"
      onAdd={editing === undefined && founding === null && records.length > 0 ? () => onOpen(null) : null}
      form={editing === null ? form(null) : null}
    >
      {records.length === 0 && editing === undefined && (
        <p class="no-print">
          <button type="button" class="secondary" onClick={() => onOpen(null)}>
            {t('founder.register')}
          </button>
        </p>
      )}
      {records.map((f) => (
        <div key={f.id} class="support-item" data-testid={`founder-${f.id}`}>
          {editing === f.id ? (
            form(f)
          ) : (
            <>
              <div class="support-line">
                <strong>{f.name}</strong>
                {f.nameKana && <span class="muted">（{f.nameKana}）</span>}
                {f.foundedOn && <span class="badge badge-done">{t('founder.founded', { date: i18n.date(f.foundedOn) })}</span>}
                <RecordTools
                  name={f.name}
                  onEdit={editing === undefined && founding === null ? () => onOpen(f.id) : null}
                  onDelete={() => onDelete(f, f.name)}
                />
              </div>
              <dl class="karte-facts">
                <dt>{t('founder.plannedBusiness')}</dt>
                <dd>{f.plannedBusiness || none}</dd>
                <dt>{t('founder.plannedStart')}</dt>
                <dd>{f.plannedStart || none}</dd>
                <dt>{t('founder.registrationPlannedOn')}</dt>
                <dd>{f.registrationPlannedOn ? i18n.date(f.registrationPlannedOn) : none}</dd>
                <dt>{t('founder.municipality')}</dt>
                <dd>{f.municipality || none}</dd>
                <dt>{t('founder.certificate')}</dt>
                <dd data-testid="founder-certificate">
                  {f.certificateNumber || f.certificateIssuedOn
                    ? t('founder.certificateValue', {
                        number: f.certificateNumber || '—',
                        date: f.certificateIssuedOn ? i18n.date(f.certificateIssuedOn) : '—',
                      })
                    : t('founder.certificateNone')}
                </dd>
              </dl>
              {!f.foundedOn && founding !== f.id && editing === undefined && (
                <p class="no-print">
                  <button type="button" class="secondary" onClick={() => setFounding(f.id)}>
                    {t('founder.becomeBusiness')}
                  </button>
                </p>
              )}
              {founding === f.id && (
                <FoundingForm
                  business={business}
                  founder={f}
                  today={today}
                  onCancel={() => setFounding(null)}
                  onSave={async (value) => {
                    if (await onRegister(f.id, value)) setFounding(null);
                  }}
                />
              )}
            </>
          )}
        </div>
      ))}
    </SupportSection>
  );
}

interface FormProps {
  record: LocalFounder | null;
  karte: { name: string; municipality: string };
  onSave: (fields: Fields) => Promise<unknown>;
  onCancel: () => void;
}

function FounderForm({ record, karte, onSave, onCancel }: FormProps) {
  const t = useT();
  const { draft: d, set, problem, formProps } = useSupportForm(() => founderDraft(record, karte), founderFromDraft, onSave, onCancel);
  const title = record ? t('support.edit', { what: record.name }) : t('founder.register');
  return (
    <form class="support-form no-print" aria-label={title} {...formProps}>
      <p class="muted">{t('founder.help')}</p>
      <div class="row">
        <TextField label={t('founder.name')} value={d.name} onInput={(name) => set({ name })} maxLength={LIMITS.name} />
        <TextField label={t('founder.nameKana')} value={d.nameKana} onInput={(nameKana) => set({ nameKana })} maxLength={LIMITS.kana} />
      </div>
      <TextField
        label={t('founder.plannedBusiness')}
        value={d.plannedBusiness}
        onInput={(plannedBusiness) => set({ plannedBusiness })}
        maxLength={LIMITS.title}
      />
      <div class="row">
        <TextField
          label={t('founder.plannedStart')}
          value={d.plannedStart}
          onInput={(plannedStart) => set({ plannedStart })}
          placeholder={t('founder.plannedStartPlaceholder')}
          maxLength={LIMITS.shortText}
        />
        <TextField
          label={t('founder.registrationPlannedOn')}
          type="date"
          value={d.registrationPlannedOn}
          onInput={(registrationPlannedOn) => set({ registrationPlannedOn })}
        />
      </div>
      <TextField
        label={t('founder.municipality')}
        value={d.municipality}
        onInput={(municipality) => set({ municipality })}
        maxLength={LIMITS.shortText}
      />
      <div class="row">
        <TextField
          label={t('founder.certificateNumber')}
          value={d.certificateNumber}
          onInput={(certificateNumber) => set({ certificateNumber })}
          maxLength={LIMITS.shortText}
        />
        <TextField
          label={t('founder.certificateIssuedOn')}
          type="date"
          value={d.certificateIssuedOn}
          onInput={(certificateIssuedOn) => set({ certificateIssuedOn })}
        />
      </div>
      <FormEnd problem={problem} onCancel={onCancel} />
    </form>
  );
}

type FoundingDraft = { name: string; legalForm: Founding['legalForm'] | ''; foundedOn: string };

const foundingOf = (d: FoundingDraft): Outcome<Founding> => {
  if (d.name.trim() === '') return { problem: 'founder.nameMissing' };
  if (d.legalForm === '' || d.legalForm === 'pre_startup') return { problem: 'founder.legalFormMissing' };
  if (d.foundedOn === '') return { problem: 'founder.foundedOnMissing' };
  return { fields: { name: d.name.trim(), legalForm: d.legalForm, foundedOn: d.foundedOn } };
};

interface FoundingProps {
  business: LocalBusiness;
  founder: LocalFounder;
  today: string;
  onSave: (founding: Founding) => Promise<unknown>;
  onCancel: () => void;
}

/** 事業者として登録: the 屋号・法人名 the karte takes, 法人 or 個人, and the 創業日. */
function FoundingForm({ business, founder, today, onSave, onCancel }: FoundingProps) {
  const t = useT();
  const headingId = useId();
  const {
    draft: d,
    set,
    problem,
    formProps,
  } = useSupportForm<FoundingDraft, Founding>(
    () => ({
      name: business.name,
      legalForm: business.legalForm === 'corporation' || business.legalForm === 'sole_proprietor' ? business.legalForm : '',
      foundedOn: today,
    }),
    foundingOf,
    onSave,
    onCancel,
  );
  return (
    <form class="support-form no-print" aria-labelledby={headingId} {...formProps} data-testid={`founding-${founder.id}`}>
      <h3 id={headingId}>{t('founder.becomeBusinessTitle')}</h3>
      <p class="muted">{t('founder.becomeBusinessHelp')}</p>
      <TextField label={t('founder.businessName')} value={d.name} onInput={(name) => set({ name })} maxLength={LIMITS.name} />
      <div class="row">
        <SelectField
          label={t('founder.legalForm')}
          value={d.legalForm}
          options={[
            { value: '', label: t('support.choose') },
            { value: 'corporation', label: t('legalForm.corporation') },
            { value: 'sole_proprietor', label: t('legalForm.sole_proprietor') },
          ]}
          onChange={(legalForm) => set({ legalForm })}
        />
        <TextField label={t('founder.foundedOn')} type="date" value={d.foundedOn} onInput={(foundedOn) => set({ foundedOn })} />
      </div>
      <FormEnd problem={problem} onCancel={onCancel} />
    </form>
  );
}
