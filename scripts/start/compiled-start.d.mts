export const COMPILED_DIR: string;
export const COMPILED_ENTRY: string;
export function compiledStartIsStale(root: string): boolean;
export function recordCompiledStart(root: string, startedAt: number, inputs: string[]): void;
