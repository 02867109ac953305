import { describe, expect, it } from 'vitest';
import { searchBusinesses } from '../../../extension/db/business-queries';
import { createRecordsRepo } from '../../../extension/db/records-repo';
import { freshDb } from '../support/db';

async function seeded() {
  const db = freshDb();
  let tick = Date.parse('2026-04-01T00:00:00Z');
  const repo = createRecordsRepo(db, { now: () => new Date((tick += 1000)) }); // a distinct time for every write
  await repo.create('business', { name: '株式会社山田製作所', nameKana: 'ヤマダセイサクショ', corporateNumber: '7000012050002' });
  await repo.create('business', { name: '喫茶さくら', nameKana: 'キッササクラ' });
  const gone = await repo.create('business', { name: '山田旧店' });
  await repo.remove('business', gone.id);
  return db;
}

const names = (list: { name: string }[]) => list.map((b) => b.name);

describe('business search', () => {
  it('finds by part of the name, ignoring deleted businesses', async () => {
    expect(names(await searchBusinesses(await seeded(), '山田'))).toEqual(['株式会社山田製作所']);
  });

  it('finds by kana typed in hiragana or half-width katakana', async () => {
    const db = await seeded();
    expect(names(await searchBusinesses(db, 'さくら'))).toEqual(['喫茶さくら']);
    expect(names(await searchBusinesses(db, 'ﾔﾏﾀﾞ'))).toEqual(['株式会社山田製作所']);
  });

  it('finds by the leading digits of the 法人番号, in full-width too', async () => {
    const db = await seeded();
    expect(names(await searchBusinesses(db, '700001'))).toEqual(['株式会社山田製作所']);
    expect(names(await searchBusinesses(db, '７０００'))).toEqual(['株式会社山田製作所']);
  });

  it('puts the business named exactly as typed first, before 法人番号 and longer names', async () => {
    const db = await seeded();
    const repo = createRecordsRepo(db);
    await repo.create('business', { name: '7000' });
    await repo.create('business', { name: 'きっさ' });
    expect(names(await searchBusinesses(db, '７０００'))).toEqual(['7000', '株式会社山田製作所']);
    expect(names(await searchBusinesses(db, 'キッサ'))).toEqual(['きっさ', '喫茶さくら']);
  });

  it('lists the most recently changed businesses for an empty query', async () => {
    expect(names(await searchBusinesses(await seeded(), ''))).toEqual(['喫茶さくら', '株式会社山田製作所']);
  });
});
