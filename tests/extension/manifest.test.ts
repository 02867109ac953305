import { describe, expect, it } from 'vitest';
import { LOCAL_API, manifestFor } from '../../extension/manifest';

const builds = [
  { browser: 'chrome', manifestVersion: 3 },
  { browser: 'firefox', manifestVersion: 2 },
] as const;

type Hosts = Partial<Record<'permissions' | 'host_permissions' | 'optional_permissions' | 'optional_host_permissions', string[]>>;

/** Every origin the manifest grants or may ask for, wherever the manifest version puts them. */
function hostsOf(manifest: Hosts) {
  const granted = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter((p) => p.includes('://'))];
  const optional = [...(manifest.optional_host_permissions ?? []), ...(manifest.optional_permissions ?? [])];
  return { granted, optional };
}

describe('the manifest', () => {
  it.each(builds)('of a production build for $browser grants no site, not even the local API', (build) => {
    const { granted, optional } = hostsOf(manifestFor({ ...build, mode: 'production' }));
    expect(granted).toEqual([]);
    expect(JSON.stringify(manifestFor({ ...build, mode: 'production' }))).not.toContain('8787');
    // Specific sites (a portal, the organisation's server) can only be asked for within these.
    expect(optional).toEqual(['https://*/*', 'http://*/*']);
  });

  it.each(builds)('of a development build for $browser grants the local API npm start runs', (build) => {
    const { granted } = hostsOf(manifestFor({ ...build, mode: 'development' }));
    expect(granted).toEqual(LOCAL_API);
    expect(LOCAL_API).toEqual(['http://127.0.0.1:8787/*', 'http://localhost:8787/*']);
  });
});

describe('the Firefox manifest', () => {
  it.each(['production', 'development'])(
    'of a %s build declares what leaves the browser: the notes, for the organisation’s server',
    (mode) => {
      const manifest = manifestFor({ browser: 'firefox', manifestVersion: 2, mode });
      const gecko = (manifest as { browser_specific_settings?: { gecko?: Record<string, unknown> } }).browser_specific_settings?.gecko;
      expect(gecko?.id).toBe('banso-karte@banso-karte.jp');
      // Sync is what the extension is for: required, not asked for later. Names, IDs and what was
      // said (personal), a portal page's title and selected text (content), its address (browsing).
      expect(gecko?.data_collection_permissions).toEqual({
        required: ['personallyIdentifyingInfo', 'websiteContent', 'browsingActivity'],
      });
      // No telemetry or error reports: nothing of the kind is declared, optional or not.
      expect(JSON.stringify(gecko)).not.toContain('technicalAndInteraction');
    },
  );

  it('is the only one with a data collection declaration (Chrome has none)', () => {
    expect(JSON.stringify(manifestFor({ browser: 'chrome', manifestVersion: 3, mode: 'production' }))).not.toContain('data_collection');
  });
});
