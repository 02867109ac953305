/**
 * The floor the extension's popup is measured against: a bare Preact + Dexie page with one
 * textarea that writes its draft on every input and saves a note on Ctrl+Enter in one
 * transaction, then shows it. No business picker, no tags, no i18n, no validation.
 */
import Dexie, { type EntityTable } from 'dexie';
import { render } from 'preact';
import { useState } from 'preact/hooks';

interface Draft {
  key: string;
  value: { text: string };
  updatedAt: string;
}
interface Note {
  id: string;
  text: string;
  createdAt: string;
}

const db = new Dexie('baseline') as Dexie & {
  drafts: EntityTable<Draft, 'key'>;
  notes: EntityTable<Note, 'id'>;
};
db.version(1).stores({ drafts: 'key', notes: 'id, createdAt' });
// Opened at start, as the extension's pages do, so the first keystroke does not pay for it.
void db.open();

function App() {
  const [text, setText] = useState('');
  const [saved, setSaved] = useState<Note[]>([]);
  const onInput = (value: string) => {
    setText(value);
    void db.drafts.put({ key: 'popup', value: { text: value }, updatedAt: new Date().toISOString() });
  };
  const save = async () => {
    if (!text.trim()) return;
    const note: Note = { id: crypto.randomUUID(), text, createdAt: new Date().toISOString() };
    await db.transaction('rw', db.notes, db.drafts, async () => {
      await db.notes.put(note);
      await db.drafts.delete('popup');
    });
    setText('');
    setSaved((list) => [note, ...list]);
  };
  return (
    <main>
      <textarea
        aria-label="note"
        autoFocus
        value={text}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.ctrlKey) void save();
        }}
      />
      <ul>
        {saved.map((n) => (
          <li key={n.id}>{n.text}</li>
        ))}
      </ul>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
