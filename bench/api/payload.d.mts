/** Types of payload.mjs, for the TypeScript benchmarks that send the same records. */
export function uuidv7(): string;
export function consultationFields(n: number, businessId: string): Record<string, unknown> & { businessId: string };
export function businessFields(round: number): Record<string, unknown>;
export function noteChars(fields: Record<string, unknown>): number;
