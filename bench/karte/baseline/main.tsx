/**
 * The floor the karte page is measured against: a bare Preact + Dexie page that reads one
 * business and its consultations (newest first, by the same compound index) and renders each
 * with its five dialogue fields, under a tag filter. No i18n, no tags by name, no actions,
 * no suggestion, no stages, no styles.
 */
import Dexie, { type EntityTable } from 'dexie';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Business {
  id: string;
  name: string;
}
interface Consultation {
  id: string;
  businessId: string;
  heldAt: string;
  channel: string;
  tagIds: string[];
  inquiry: string;
  ownerWords: string;
  advice: string;
  insight: string;
  essentialIssue: string;
}

const db = new Dexie('karte-baseline') as Dexie & {
  businesses: EntityTable<Business, 'id'>;
  consultations: EntityTable<Consultation, 'id'>;
};
db.version(1).stores({ businesses: 'id', consultations: 'id, [businessId+heldAt]' });

const FIELDS = ['inquiry', 'ownerWords', 'advice', 'insight', 'essentialIssue'] as const;

function App({ id }: { id: string }) {
  const [data, setData] = useState<{ business: Business | undefined; consultations: Consultation[] } | null>(null);
  const [tag, setTag] = useState('');
  useEffect(() => {
    void Promise.all([
      db.businesses.get(id),
      db.consultations.where('[businessId+heldAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]).reverse().toArray(),
    ]).then(([business, consultations]) => setData({ business, consultations }));
  }, [id]);
  if (!data) return <p>…</p>;
  const tags = [...new Set(data.consultations.flatMap((c) => c.tagIds))].sort();
  const shown = tag ? data.consultations.filter((c) => c.tagIds.includes(tag)) : data.consultations;
  return (
    <main>
      <h1>{data.business?.name}</h1>
      <label>
        tag{' '}
        <select name="tag-filter" value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
          <option value="">all</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <ol>
        {shown.map((c) => (
          <li key={c.id}>
            <article>
              <p>
                {c.heldAt} {c.channel} {c.tagIds.join(' ')}
              </p>
              <dl>
                {FIELDS.filter((f) => c[f]).map((f) => (
                  <div key={f}>
                    <dt>{f}</dt>
                    <dd>{c[f]}</dd>
                  </div>
                ))}
              </dl>
            </article>
          </li>
        ))}
      </ol>
    </main>
  );
}

render(<App id={new URLSearchParams(location.search).get('id') ?? ''} />, document.getElementById('app')!);
