import { DISPATCH_SCHEMES, EXPERT_PAYERS } from '../../../shared/enums';
import { LIMITS } from '../../../shared/limits';
import type { ExpertDispatch } from '../../../shared/records';
import type { LocalConsultation, LocalExpertDispatch } from '../../db/schema';
import { dispatchDraft, dispatchFromDraft, type VisitDraft } from '../../karte/support-draft';
import { useI18n, useT } from '../../state/contexts';
import { dayOf } from '../../dates/local-time';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { FormEnd } from './FormEnd';
import { RecordTools, SupportSection } from './SupportSection';
import { dispatchName, yenText } from './support-text';
import { useSupportForm } from './use-support-form';

type Fields = Omit<ExpertDispatch, 'businessId' | 'deleted'>;

interface Props {
  records: readonly LocalExpertDispatch[];
  editing: string | null | undefined;
  /** The business's consultations, newest first: a dispatch may name the one it came from. */
  consultations: readonly LocalConsultation[];
  /** Consultations marked 機微: a dispatch that came from one is marked so. */
  sensitiveIds: ReadonlySet<string>;
  onOpen: (id: string | null) => void;
  onClose: () => void;
  onSave: (id: string | null, fields: Fields) => Promise<boolean>;
  onDelete: (record: LocalExpertDispatch, name: string) => void;
}

/**
 * 専門家派遣 on the karte: the expert and theme, the scheme and who paid, the visits, the 謝金 and
 * the expert's report. One that came from a 機微 consultation this advisor may not read comes
 * with its texts emptied (redacted): it shows so, and is not edited over.
 */
export function DispatchSection({ records, editing, consultations, sensitiveIds, onOpen, onClose, onSave, onDelete }: Props) {
  const t = useT();
  const i18n = useI18n();
  const form = (record: LocalExpertDispatch | null) => (
    <DispatchForm
      key={record?.id ?? 'new'}
      record={record}
      consultations={consultations}
      onSave={(fields) => onSave(record?.id ?? null, fields)}
      onCancel={onClose}
    />
  );
  const facts = (d: LocalExpertDispatch) => {
    const hours = d.visits.reduce((sum, v) => sum + (v.hours ?? 0), 0);
    return [
      d.scheme === 'other' && d.schemeName ? d.schemeName : t(`scheme.${d.scheme}`),
      d.paidBy && t('dispatch.factPaidBy', { payer: t(`expertPaidBy.${d.paidBy}`) }),
      d.visits.length > 0 &&
        t('dispatch.factVisits', { count: d.visits.length, dates: d.visits.map((v) => i18n.date(v.date)).join(t('common.listSeparator')) }),
      hours > 0 && t('dispatch.factHours', { hours }),
      d.fee !== null && t('dispatch.factFee', { amount: yenText(t, d.fee) }),
    ].filter((f): f is string => typeof f === 'string');
  };
  return (
    <SupportSection
      kind="expertDispatch"
      heading={t('dispatch.heading')}
      what={t('dispatch.what')}
      count={records.length}
      testId="dispatches"
      onAdd={editing === undefined ? () => onOpen(null) : null}
      form={editing === null ? form(null) : null}
    >
      {records.length > 0 && (
        <ul class="support-list">
          {records.map((d) => {
            const name = dispatchName(t, d);
            const sensitive = d.redacted || (d.consultationId !== null && sensitiveIds.has(d.consultationId));
            return (
              <li key={d.id} class={sensitive ? 'support-item sensitive-content' : 'support-item'} data-testid={`dispatch-${d.id}`}>
                {editing === d.id ? (
                  form(d)
                ) : (
                  <>
                    <div class="support-line">
                      <strong>{name}</strong>
                      {sensitive && (
                        <span class="badge badge-sensitive" title={t('support.sensitive')}>
                          {t('karte.sensitive')}
                        </span>
                      )}
                      <RecordTools
                        name={name}
                        onEdit={editing === undefined && !d.redacted ? () => onOpen(d.id) : null}
                        onDelete={() => onDelete(d, name)}
                      />
                    </div>
                    <p class="support-facts">{facts(d).join(t('common.listSeparator'))}</p>
                    {d.redacted ? (
                      <p class="muted">{t('sensitive.hiddenText')}</p>
                    ) : (
                      (d.report || d.visits.some((v) => v.note)) && (
                        <details class="support-more">
                          <summary>{t('dispatch.reportHeading')}</summary>
                          {d.visits
                            .filter((v) => v.note)
                            .map((v, i) => (
                              <p key={i} class="pre">
                                {i18n.date(v.date)}: {v.note}
                              </p>
                            ))}
                          {d.report && <p class="pre">{d.report}</p>}
                        </details>
                      )
                    )}
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
  record: LocalExpertDispatch | null;
  consultations: readonly LocalConsultation[];
  onSave: (fields: Fields) => Promise<unknown>;
  onCancel: () => void;
}

function DispatchForm({ record, consultations, onSave, onCancel }: FormProps) {
  const t = useT();
  const i18n = useI18n();
  const { draft: d, set, problem, formProps } = useSupportForm(() => dispatchDraft(record), dispatchFromDraft, onSave, onCancel);
  const setVisit = (i: number, patch: Partial<VisitDraft>) => set({ visits: d.visits.map((v, j) => (j === i ? { ...v, ...patch } : v)) });
  const title = record ? t('support.edit', { what: dispatchName(t, record) }) : t('support.add', { what: t('dispatch.what') });
  return (
    <form class="support-form no-print" aria-label={title} {...formProps}>
      <div class="row">
        <SelectField
          label={t('dispatch.scheme')}
          value={d.scheme}
          options={[{ value: '', label: t('support.choose') }, ...DISPATCH_SCHEMES.map((s) => ({ value: s, label: t(`scheme.${s}`) }))]}
          onChange={(scheme) => set({ scheme })}
        />
        <SelectField
          label={t('dispatch.paidBy')}
          value={d.paidBy}
          options={[{ value: '', label: t('support.choose') }, ...EXPERT_PAYERS.map((p) => ({ value: p, label: t(`expertPaidBy.${p}`) }))]}
          onChange={(paidBy) => set({ paidBy })}
        />
      </div>
      {d.scheme === 'other' && (
        <TextField
          label={t('dispatch.schemeName')}
          value={d.schemeName}
          onInput={(schemeName) => set({ schemeName })}
          maxLength={LIMITS.shortText}
        />
      )}
      <div class="row">
        <TextField
          label={t('dispatch.expertName')}
          value={d.expertName}
          onInput={(expertName) => set({ expertName })}
          placeholder={t('dispatch.expertPlaceholder')}
          maxLength={LIMITS.shortText}
        />
        <TextField
          label={t('dispatch.theme')}
          value={d.theme}
          onInput={(theme) => set({ theme })}
          placeholder={t('dispatch.themePlaceholder')}
          maxLength={LIMITS.title}
        />
      </div>
      <fieldset class="support-visits">
        <legend>{t('dispatch.visits')}</legend>
        <ol class="visit-rows">
          {d.visits.map((v, i) => (
            <li key={i} class="visit-row">
              <TextField
                label={t('dispatch.visitDate', { n: i + 1 })}
                type="date"
                value={v.date}
                onInput={(date) => setVisit(i, { date })}
              />
              <TextField
                label={t('dispatch.visitHours', { n: i + 1 })}
                value={v.hours}
                onInput={(hours) => setVisit(i, { hours })}
                inputMode="numeric"
              />
              <TextField
                label={t('dispatch.visitNote', { n: i + 1 })}
                value={v.note}
                onInput={(note) => setVisit(i, { note })}
                maxLength={LIMITS.actionText}
              />
              <button type="button" class="link danger" onClick={() => set({ visits: d.visits.filter((_, j) => j !== i) })}>
                {t('dispatch.visitRemove', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ol>
        {d.visits.length < LIMITS.visitsPerDispatch && (
          <button type="button" class="secondary" onClick={() => set({ visits: [...d.visits, { date: '', hours: '', note: '' }] })}>
            {t('dispatch.visitAdd')}
          </button>
        )}
      </fieldset>
      <div class="row">
        <TextField label={t('dispatch.fee')} value={d.fee} onInput={(fee) => set({ fee })} inputMode="numeric" />
        <SelectField
          label={t('dispatch.consultation')}
          value={d.consultationId}
          options={[
            { value: '', label: t('dispatch.consultationNone') },
            ...consultations.map((c) => ({
              value: c.id,
              label: t('dispatch.consultationOption', { date: i18n.date(dayOf(c.heldAt)), channel: t(`channel.${c.channel}`) }),
            })),
          ]}
          onChange={(consultationId) => set({ consultationId })}
        />
      </div>
      <TextField
        label={t('dispatch.report')}
        value={d.report}
        onInput={(report) => set({ report })}
        multiline
        rows={3}
        maxLength={LIMITS.karteText}
      />
      <FormEnd problem={problem} onCancel={onCancel} />
    </form>
  );
}
