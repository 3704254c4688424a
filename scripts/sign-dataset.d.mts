/** Types of scripts/sign-dataset.mjs (plain Node, so that the signing job installs nothing). */
export function publicKeyOf(privateKey: string): string;
export function signBytes(privateKey: string, bytes: Uint8Array): string;
export function unpinnedKeyProblem(privateKey: string, pinnedKeys: readonly string[], sourceFile?: string): string | null;
