import { useId } from 'preact/hooks';
import { APPLICATION_RESULTS, SUPPORT_MEASURES } from '../../../shared/enums';
import { LIMITS } from '../../../shared/limits';
import type { Application } from '../../../shared/records';
import type { LocalApplication } from '../../db/schema';
import { applicationDraft, applicationFromDraft } from '../../karte/support-draft';
import { useI18n, useT } from '../../state/contexts';
import type { Colleague } from '../AssignmentControl';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { CheckField, FormEnd } from './FormEnd';
import { RecordTools, SupportSection } from './SupportSection';
import { applicationName, resultText, yenText } from './support-text';
import { useSupportForm } from './use-support-form';

type Fields = Omit<Application, 'businessId' | 'deleted'>;

interface Props {
  records: readonly LocalApplication[];
  /** undefined: no form of this section open; null: a new one; else the id being edited. */
  editing: string | null | undefined;
  me: string | null;
  /** Enabled colleagues (the signed-in advisor too), by name. */
  colleagues: readonly Colleague[];
  nameOf: (advisorId: string) => string;
  onOpen: (id: string | null) => void;
  onClose: () => void;
  onSave: (id: string | null, fields: Fields) => Promise<boolean>;
  onDelete: (record: LocalApplication, name: string) => void;
}

/** 補助金・融資の申請 on the karte: each application in two lines, and its form. */
export function ApplicationSection({ records, editing, me, colleagues, nameOf, onOpen, onClose, onSave, onDelete }: Props) {
  const t = useT();
  const i18n = useI18n();
  const form = (record: LocalApplication | null) => (
    <ApplicationForm
      key={record?.id ?? 'new'}
      record={record}
      me={me}
      colleagues={colleagues}
      nameOf={nameOf}
      onSave={(fields) => onSave(record?.id ?? null, fields)}
      onCancel={onClose}
    />
  );
  const facts = (a: LocalApplication) => {
    const loan = a.measure === 'marukei';
    return [
      a.appliedOn && t('application.factApplied', { date: i18n.date(a.appliedOn) }),
      a.requestedAmount !== null &&
        t(loan ? 'application.factRequestedLoan' : 'application.factRequested', { amount: yenText(t, a.requestedAmount) }),
      a.adoptedAmount !== null &&
        t(loan ? 'application.factAdoptedLoan' : 'application.factAdopted', { amount: yenText(t, a.adoptedAmount) }),
      a.grantDecidedOn && t('application.factGrant', { date: i18n.date(a.grantDecidedOn) }),
      a.reportedOn && t('application.factReported', { date: i18n.date(a.reportedOn) }),
      a.recommended &&
        (a.recommendedOn
          ? t('application.factRecommended', { date: i18n.date(a.recommendedOn) })
          : t('application.factRecommendedUndated')),
      a.advisorId && t('application.factAdvisor', { name: nameOf(a.advisorId) }),
    ].filter((f): f is string => typeof f === 'string');
  };
  return (
    <SupportSection
      kind="application"
      heading={t('application.heading')}
      what={t('application.what')}
      count={records.length}
      testId="applications"
      onAdd={editing === undefined ? () => onOpen(null) : null}
      form={editing === null ? form(null) : null}
    >
      {records.length > 0 && (
        <ul class="support-list">
          {records.map((a) => {
            const name = applicationName(t, a);
            return (
              <li key={a.id} class="support-item" data-testid={`application-${a.id}`}>
                {editing === a.id ? (
                  form(a)
                ) : (
                  <>
                    <div class="support-line">
                      <strong>{name}</strong>
                      <span class={`badge result-${a.result}`}>{resultText(t, a)}</span>
                      <RecordTools
                        name={name}
                        onEdit={editing === undefined ? () => onOpen(a.id) : null}
                        onDelete={() => onDelete(a, name)}
                      />
                    </div>
                    <p class="support-facts">{facts(a).join(t('common.listSeparator'))}</p>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </SupportSection>
  );
}

interface FormProps {
  record: LocalApplication | null;
  me: string | null;
  colleagues: readonly Colleague[];
  nameOf: (advisorId: string) => string;
  onSave: (fields: Fields) => Promise<unknown>;
  onCancel: () => void;
}

function ApplicationForm({ record, me, colleagues, nameOf, onSave, onCancel }: FormProps) {
  const t = useT();
  const checkId = useId();
  const { draft: d, set, problem, formProps } = useSupportForm(() => applicationDraft(record, me), applicationFromDraft, onSave, onCancel);
  const loan = d.measure === 'marukei';
  const adopted = d.result === 'adopted';
  const resultLabel = (r: (typeof APPLICATION_RESULTS)[number]) => (loan ? t(`resultLoan.${r}`) : t(`result.${r}`));
  // A colleague no longer listed (disabled) stays choosable on a record that names them.
  const choices =
    d.advisorId && !colleagues.some((c) => c.id === d.advisorId)
      ? [...colleagues, { id: d.advisorId, name: nameOf(d.advisorId) }]
      : colleagues;
  const title = record ? t('support.edit', { what: applicationName(t, record) }) : t('support.add', { what: t('application.what') });
  return (
    <form class="support-form no-print" aria-label={title} {...formProps}>
      <div class="row">
        <SelectField
          label={t('application.measure')}
          value={d.measure}
          options={[{ value: '', label: t('support.choose') }, ...SUPPORT_MEASURES.map((m) => ({ value: m, label: t(`measure.${m}`) }))]}
          onChange={(measure) => set({ measure })}
        />
        {d.measure === 'other' ? (
          <TextField
            label={t('application.measureName')}
            value={d.measureName}
            onInput={(measureName) => set({ measureName })}
            maxLength={LIMITS.shortText}
          />
        ) : (
          <TextField
            label={t('application.round')}
            value={d.round}
            onInput={(round) => set({ round })}
            placeholder={t('application.roundPlaceholder')}
            maxLength={LIMITS.shortText}
          />
        )}
      </div>
      {d.measure === 'other' && (
        <TextField
          label={t('application.round')}
          value={d.round}
          onInput={(round) => set({ round })}
          placeholder={t('application.roundPlaceholder')}
          maxLength={LIMITS.shortText}
        />
      )}
      <div class="row">
        <TextField label={t('application.appliedOn')} type="date" value={d.appliedOn} onInput={(appliedOn) => set({ appliedOn })} />
        <TextField
          label={t(loan ? 'application.requestedLoan' : 'application.requested')}
          value={d.requested}
          onInput={(requested) => set({ requested })}
          inputMode="numeric"
        />
      </div>
      <div class="row">
        <SelectField
          label={t('application.result')}
          value={d.result}
          options={APPLICATION_RESULTS.map((r) => ({ value: r, label: resultLabel(r) }))}
          onChange={(result) => set({ result: result || 'pending' })}
        />
        {adopted && (
          <TextField
            label={t(loan ? 'application.adoptedLoan' : 'application.adopted')}
            value={d.adopted}
            onInput={(v) => set({ adopted: v })}
            inputMode="numeric"
          />
        )}
      </div>
      {adopted && !loan && (
        <div class="row">
          <TextField
            label={t('application.grantDecidedOn')}
            type="date"
            value={d.grantDecidedOn}
            onInput={(grantDecidedOn) => set({ grantDecidedOn })}
          />
          <TextField label={t('application.reportedOn')} type="date" value={d.reportedOn} onInput={(reportedOn) => set({ reportedOn })} />
        </div>
      )}
      {loan && (
        <div class="row">
          <CheckField
            id={checkId}
            label={t('application.recommended')}
            checked={d.recommended}
            onChange={(recommended) => set({ recommended })}
          />
          {d.recommended && (
            <TextField
              label={t('application.recommendedOn')}
              type="date"
              value={d.recommendedOn}
              onInput={(recommendedOn) => set({ recommendedOn })}
            />
          )}
        </div>
      )}
      <SelectField
        label={t('application.advisor')}
        value={d.advisorId}
        options={[{ value: '', label: t('application.advisorNone') }, ...choices.map((c) => ({ value: c.id, label: c.name }))]}
        onChange={(advisorId) => set({ advisorId })}
      />
      <FormEnd problem={problem} onCancel={onCancel} />
    </form>
  );
}
