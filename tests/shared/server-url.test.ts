import { describe, expect, it } from 'vitest';
import { sendsTokenInClear } from '../../shared/server-url';

describe('where the API token may be sent', () => {
  it.each([
    'https://karte.example.jp',
    'https://banso-karte-api.example.workers.dev/',
    'http://127.0.0.1:8787',
    'http://127.0.0.1:8788/',
    'http://127.12.0.3',
    'http://127.1:8787',
    'http://localhost:8787',
    'http://LOCALHOST',
    'http://[::1]:8787',
  ])('over https, or over http to this computer: %s', (url) => {
    expect(sendsTokenInClear(url)).toBe(false);
  });

  it.each([
    'http://karte.example.jp',
    'http://192.168.1.20:8787',
    'http://10.0.0.1',
    'http://128.0.0.1',
    'http://localhost.example.jp',
    'http://127.0.0.1.example.jp',
    'http://[::2]',
    'http://0.0.0.0:8787',
  ])('not over http to another machine: %s', (url) => {
    expect(sendsTokenInClear(url)).toBe(true);
  });

  it('leaves text that is not a URL to the URL check', () => {
    expect(sendsTokenInClear('karte.example.jp')).toBe(false);
  });
});
