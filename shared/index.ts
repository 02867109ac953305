/** The only barrel: everything extension and server share. */
export * from './api';
export * from './corporate-number';
export * from './enums';
export * from './errors';
export * from './fields';
export * from './ids';
export * from './industry';
export * from './limits';
export * from './page-url';
export * from './record-rules';
export * from './records';
export * from './regex-safety';
export * from './server-url';
export * from './site-rules';
export * from './sync';
export * from './taxonomy';
export * from './text';
