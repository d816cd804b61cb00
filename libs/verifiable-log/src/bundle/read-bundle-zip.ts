import { unzipSync } from 'fflate';

export class BundleZipError extends Error {
  override name = 'BundleZipError';
}

/** More than any municipality's bundle holds; a ZIP that claims more is not one of ours (and could fill the memory). */
const MAX_UNPACKED_BYTES = 2 ** 31;

/**
 * The files of a bundle by name. The bundle is flat: a folder, a name given
 * twice (a ZIP can hold both, and readers disagree on which one counts) or
 * more than 2 GiB unpacked is refused rather than guessed at.
 */
export function readBundleZip(zip: Uint8Array): Map<string, Uint8Array> {
  const seen = new Set<string>();
  let unpacked = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, {
      filter: (file) => {
        if (seen.has(file.name)) throw new BundleZipError(`the ZIP holds ${file.name} twice`);
        if (/[/\\]/.test(file.name)) throw new BundleZipError(`the ZIP holds ${file.name}, but a bundle has no folders`);
        seen.add(file.name);
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new BundleZipError('the ZIP unpacks to more than 2 GiB');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof BundleZipError) throw error;
    throw new BundleZipError(`not a readable ZIP file (${error instanceof Error ? error.message : String(error)})`);
  }
  return new Map(Object.entries(entries));
}
