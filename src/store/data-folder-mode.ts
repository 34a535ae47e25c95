import { chmodSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The PGlite data folder holds password hashes, sessions and customers' data, and PGlite
// writes its files 0666 whatever the umask. The folder is made 0700 and everything in it
// 0700 (folders) or 0600 (files) for the service's user: on every start, before and after
// PGlite opens it, and again on close. The folder's own mode is what keeps other users out
// of a file PGlite creates in between.

const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;

/** Tightens the folder and everything under it; symbolic links are left alone. Returns how many modes changed. */
export function tightenDataFolder(folder: string): number {
  let changed = 0;
  const tighten = (path: string, mode: number) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    if ((stat.mode & 0o777) !== mode) {
      chmodSync(path, mode);
      changed += 1;
    }
  };
  tighten(folder, FOLDER_MODE);
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isSymbolicLink()) continue;
    tighten(join(entry.parentPath, entry.name), entry.isDirectory() ? FOLDER_MODE : FILE_MODE);
  }
  return changed;
}
