/**
 * The entry point of shared/: every zod schema and pure rule the extension and the server share
 * (glob.ts, the pattern helper under them, is imported by path). Importing one file by path (`shared/text`) loads
 * less, which is what extension pages do where start-up size matters.
 */
export * from './api';
export * from './banso-rule';
export * from './startup-support';
export * from './business-merge';
export * from './business-profile';
export * from './corporate-number';
export * from './enums';
export * from './errors';
export * from './fields';
export * from './fiscal-year';
export * from './ids';
export * from './industry';
export * from './industry-middle';
export * from './invitation-code';
export * from './limits';
export * from './page-url';
export * from './protocol-compat';
export * from './record-defaults';
export * from './record-rules';
export * from './records';
export * from './regex-safety';
export * from './report-queries';
export * from './reports';
export * from './server-url';
export * from './site-rules';
export * from './small-business';
export * from './support-records';
export * from './sync';
export * from './taxonomy';
export * from './text';
export * from './startup-report';
export * from './figure-trend';
export * from './plan-report';
export * from './support-reports';
export * from './business-import';
export * from './integration-keys';
export * from './wide-area';
export * from './audit';
export * from './export-format';
export * from './restore';
export * from './endpoints';
export * from './openapi';
export * from './endpoint-request';
