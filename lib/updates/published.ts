/**
 * The dataset now published, as the publishing side sees it. Before the data workflow publishes the
 * next one, and before a release ships, the published file is checked as an install would check it:
 * its signature must verify with a pinned key (an unsigned or foreign file at the address says
 * nothing, and its version is not taken: a file planted there with version 10^12 would otherwise make
 * every later publication a jump installs refuse), and the next version must be one installs take
 * (at most MAX_VERSION_STEP above the published one). A release whose pinned keys never signed a
 * published dataset would ship a dead update channel: release:check refuses it.
 */
import { MAX_VERSION_STEP, parseDataset, verifySignature } from './dataset-update';

export interface Published {
  version: number;
  /** The pinned key that verified it. */
  key: string;
}

/** Checks a published dataset and its signature against the pinned keys; throws a message naming `where`. */
export async function checkPublished(bytes: Uint8Array<ArrayBuffer>, signature: string, keys: readonly string[], where: string): Promise<Published> {
  let key: string | undefined;
  for (const candidate of keys) if (await verifySignature(candidate, bytes, signature.trim())) key = candidate;
  if (!key) {
    throw new Error(
      `${where}: its signature does not verify with any pinned key (${keys.join(', ')}); its version is not taken. ` +
        'Either it was signed with another key (see docs/releasing.md, "The signing key") or the file at the address is not ours.',
    );
  }
  let version: number;
  try {
    version = parseDataset(bytes).version;
  } catch (error) {
    throw new Error(`${where}: signed with a pinned key but not a valid dataset: ${(error as Error).message}`, { cause: error });
  }
  return { version, key };
}

/** Throws when installs holding `published` would refuse `next` as too far ahead, or not newer. */
export function checkNextVersion(next: number, published: Published | undefined): void {
  if (!published) return;
  if (next <= published.version) throw new Error(`version ${next} is not above the published version ${published.version}: installs would not take it.`);
  if (next > published.version + MAX_VERSION_STEP) {
    throw new Error(
      `version ${next} is more than ${MAX_VERSION_STEP} above the published version ${published.version}: installs would refuse it as a jump. ` +
        'Lower data/dataset-meta.json\'s version.',
    );
  }
}
