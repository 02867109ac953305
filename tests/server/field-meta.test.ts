import { describe, expect, it } from 'vitest';
import { decodeFieldMeta, encodeFieldMeta } from '../../server/src/db/field-meta';

const CLIENT_A = '01900000-0000-7000-8000-00000000000a';
const CLIENT_B = '01900000-0000-7000-8000-00000000000b';
const FIELDS = ['businessId', 'heldAt', 'channel', 'inquiry', 'advice', 'tagIds', 'deleted'];

const roundTrip = <V extends string | number>(map: Record<string, V>, fields: string[] = FIELDS) =>
  decodeFieldMeta<V>(encodeFieldMeta(map, fields), fields);

describe('field versions and clients as stored', () => {
  it('stores a record written whole by one push as one value, and reads every field back', () => {
    const versions = Object.fromEntries(FIELDS.map((f) => [f, 1234]));
    const clients = Object.fromEntries(FIELDS.map((f) => [f, CLIENT_A]));
    expect(JSON.parse(encodeFieldMeta(versions, FIELDS))).toEqual({ '*': 1234 });
    expect(JSON.parse(encodeFieldMeta(clients, FIELDS))).toEqual({ '*': CLIENT_A });
    expect(roundTrip(versions)).toEqual(versions);
    expect(roundTrip(clients)).toEqual(clients);
    expect(encodeFieldMeta(clients, FIELDS).length).toBeLessThan(JSON.stringify(clients).length / 4);
  });

  it('keeps the fields a later push wrote beside the common value', () => {
    const versions = { ...Object.fromEntries(FIELDS.map((f) => [f, 10])), advice: 12, tagIds: 15 };
    const clients = { ...Object.fromEntries(FIELDS.map((f) => [f, CLIENT_A])), advice: CLIENT_B };
    expect(JSON.parse(encodeFieldMeta(versions, FIELDS))).toEqual({ '*': 10, advice: 12, tagIds: 15 });
    expect(roundTrip(versions)).toEqual(versions);
    expect(roundTrip(clients)).toEqual(clients);
  });

  it('stores as it is a map that does not name exactly the fields of the data', () => {
    const missing = { businessId: 3, heldAt: 3 };
    const extra = { ...Object.fromEntries(FIELDS.map((f) => [f, 4])), retired: 2 };
    expect(encodeFieldMeta(missing, FIELDS)).toBe(JSON.stringify(missing));
    expect(encodeFieldMeta(extra, FIELDS)).toBe(JSON.stringify(extra));
    expect(roundTrip(missing)).toEqual(missing);
    expect(roundTrip(extra)).toEqual(extra);
    expect(roundTrip({}, [])).toEqual({});
  });

  it('reads a row written before this encoding as it was stored', () => {
    const old = Object.fromEntries(FIELDS.map((f, i) => [f, i + 1]));
    expect(decodeFieldMeta(JSON.stringify(old), FIELDS)).toEqual(old);
    expect(decodeFieldMeta('{}', FIELDS)).toEqual({});
  });

  it('does not take a name of Object.prototype for a stored field', () => {
    const fields = ['constructor', 'toString', 'name'];
    const versions = { constructor: 7, toString: 7, name: 9 };
    expect(roundTrip(versions, fields)).toEqual(versions);
    expect(roundTrip({ constructor: 5, toString: 5, name: 5 }, fields)).toEqual({ constructor: 5, toString: 5, name: 5 });
  });
});
