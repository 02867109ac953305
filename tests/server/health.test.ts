import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared';

describe('GET /health', () => {
  it('answers without auth and names the protocol it serves', async () => {
    const res = await SELF.fetch('http://api.test/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', protocol: PROTOCOL_VERSION });
  });

  it('answers unknown paths in the shared error shape', async () => {
    const res = await SELF.fetch('http://api.test/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
