import { downloadText } from '../platform/download';
import { createReportsClient } from '../platform/reports-client';
import { settings } from '../platform/settings';
import { createReportsStore } from '../state/reports-store';

/** reports.html: the report endpoints as the saved server and token reach them; CSV saved as a download. */
export function createReports() {
  const api = createReportsClient({ serverUrl: () => settings.serverUrl.getValue(), apiToken: () => settings.apiToken.getValue() });
  return createReportsStore({ api, download: downloadText });
}
