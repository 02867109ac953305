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
