import { downloadText } from '../platform/download';
import { createAuditClient, createExportClient } from '../platform/export-client';
import { settings } from '../platform/settings';
import { createAuditStore } from '../state/audit-store';
import { createExportStore } from '../state/export-store';

const connection = { serverUrl: () => settings.serverUrl.getValue(), apiToken: () => settings.apiToken.getValue() };

/** export.html: the export endpoint as the saved server and token reach it; files saved as downloads. */
export const createExport = (admin: boolean) => createExportStore({ api: createExportClient(connection), download: downloadText, admin });

/** audit.html: the audit log endpoint; its CSV saved as a download. */
export const createAudit = () => createAuditStore({ api: createAuditClient(connection), download: downloadText });
