import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACTION_SIDES,
  APPLICATION_RESULTS,
  CHANNELS,
  DEMAND_EVENT_KINDS,
  DISASTER_CERTIFICATES,
  DISPATCH_SCHEMES,
  EXPERT_PAYERS,
  EXTERNAL_SYSTEMS,
  INDUSTRY_CODES,
  JOB_TITLES,
  KARTE_STATUSES,
  LEGAL_FORMS,
  ORG_KINDS,
  PREFECTURES,
  PROGRAMMES,
  RECOVERY_STATES,
  ROLES,
  SMALL_BUSINESS_LIMITS,
  SUCCESSION_REFERRALS,
  SUCCESSORS,
  SUPPORT_MEASURES,
} from '../../../shared';
import { en } from '../../../extension/locales/en';
import { ja } from '../../../extension/locales/ja';
import { translator, type MessageKey } from '../../../extension/locales';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const manifestMessages = (lang: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../../../extension/public/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('locale files', () => {
  it('have the same keys in Japanese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  it('use the same placeholders in both languages, and no empty text', () => {
    for (const key of Object.keys(ja) as MessageKey[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(ja[key]));
      expect(ja[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('label every code a record can hold', () => {
    const codes = [
      ...CHANNELS.map((c) => `channel.${c}`),
      ...PROGRAMMES.map((p) => `programme.${p}`),
      ...KARTE_STATUSES.map((s) => `status.${s}`),
      ...INDUSTRY_CODES.map((i) => `industry.${i}`),
      ...ACTION_SIDES.map((s) => `side.${s}`),
      ...LEGAL_FORMS.map((f) => `legalForm.${f}`),
      ...DISASTER_CERTIFICATES.map((c) => `certificate.${c}`),
      ...RECOVERY_STATES.map((r) => `recovery.${r}`),
      ...SUCCESSORS.map((s) => `successor.${s}`),
      ...SUCCESSION_REFERRALS.map((r) => `referral.${r}`),
      ...EXTERNAL_SYSTEMS.map((s) => `system.${s}`),
      ...Object.keys(SMALL_BUSINESS_LIMITS).map((b) => `basis.${b}`),
      ...ACTION_SIDES.map((s) => `side.${s}`),
      ...JOB_TITLES.map((j) => `jobTitle.${j}`),
      ...ORG_KINDS.map((k) => `orgKind.${k}`),
      ...PREFECTURES.map((p) => `prefecture.${p}`),
      ...ROLES.map((r) => `role.${r}`),
      ...SUPPORT_MEASURES.map((m) => `measure.${m}`),
      ...APPLICATION_RESULTS.flatMap((r) => [`result.${r}`, `resultLoan.${r}`]),
      ...DISPATCH_SCHEMES.map((s) => `scheme.${s}`),
      ...EXPERT_PAYERS.map((p) => `expertPaidBy.${p}`),
      ...DEMAND_EVENT_KINDS.map((k) => `demandKind.${k}`),
    ];
    for (const key of codes) expect(Object.keys(ja), key).toContain(key);
  });

  it('call the roles as the office does, and list the 47 都道府県', () => {
    expect([ja['role.advisor'], ja['role.manager'], ja['role.admin']]).toEqual(['一般職員', '管理職', 'システム管理者']);
    expect(new Set(PREFECTURES.map((p) => ja[`prefecture.${p}`])).size).toBe(47);
    expect(ja['prefecture.hokkaido']).toBe('北海道');
    expect(ja['prefecture.okinawa']).toBe('沖縄県');
  });

  it('give the manifest the same message names in both languages', () => {
    const jaManifest = manifestMessages('ja');
    expect(Object.keys(manifestMessages('en')).sort()).toEqual(Object.keys(jaManifest).sort());
    expect(jaManifest.extName?.message).toBe(ja['app.name']);
  });

  it('fill placeholders and leave unknown ones visible', () => {
    const t = translator('ja');
    expect(t('business.create', { name: '山田商店' })).toBe('「山田商店」を新しい事業者として登録');
    expect(t('business.create')).toBe('「{name}」を新しい事業者として登録');
  });

  it('fill several placeholders, the same message again with other values, and a missing one left as written', () => {
    const t = translator('ja');
    expect(t('timeline.count', { shown: 3, total: 200 })).toBe('3件 / 全200件');
    expect(t('timeline.count', { shown: 200, total: 200 })).toBe('200件 / 全200件');
    expect(t('timeline.count', { total: 7 })).toBe('{shown}件 / 全7件');
    expect(t('timeline.minutes', { min: 0 })).toBe('0分');
  });
});
