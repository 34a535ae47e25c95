import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layer table in docs/architecture.md is the rule, read from the doc itself: every
// relative import in src/ must be an arrow the table allows, so the doc and the code
// cannot drift apart.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

interface Layer {
  /** A folder (`http/`) or a file (`http/app.ts`), relative to src/; `<name>` stands for any one dialect. */
  scope: string;
  /** Where its files may import from besides their own layer; undefined: everywhere. */
  targets: string[] | undefined;
}

function layerTable(): Layer[] {
  const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
  const section = doc.split('\n## Layers\n')[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `src/'));
  return rows.map((row) => {
    const [folder = '', , mayImport = ''] = row.split(' | ').map((cell) => cell.replace(/^\|\s*|\s*\|$/g, '').trim());
    const scope = folder.replace(/`/g, '').replace(/^src\//, '');
    // What is in parentheses explains an entry; it names no target.
    const plain = mayImport.replace(/\([^)]*\)/g, '');
    if (plain.trim().startsWith('everything')) return { scope, targets: undefined };
    if (plain.trim().startsWith('nothing')) return { scope, targets: [] };
    return { scope, targets: [...plain.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '') };
  });
}

/** Whether `file` (relative to src/, posix) is matched by a scope or target pattern. */
function matches(pattern: string, file: string): boolean {
  const regex = new RegExp(`^${pattern
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/<name>/g, '(?!shared/)[^/]+')
    .replace(/\*/g, '[^/]*')}${pattern.endsWith('/') ? '' : '$'}`);
  return regex.test(file);
}

/** The most specific row a file belongs to, and the concrete folder (or file) it stands for there. */
function layerOf(layers: Layer[], file: string): { layer: Layer; own: string } | undefined {
  const candidates = layers.filter((layer) => matches(layer.scope, file));
  const layer = candidates.sort((a, b) => b.scope.length - a.scope.length)[0];
  if (layer === undefined) return undefined;
  const depth = layer.scope.split('/').length - 1;
  const own = layer.scope.endsWith('/') ? `${file.split('/').slice(0, depth).join('/')}/` : file;
  return { layer, own };
}

/**
 * Whether a row lets `file` import `target`: its own row's files always; a target that is
 * another row's folder means that row's files (not those of rows inside it); any other
 * target is a path or pattern.
 */
function allows(layers: Layer[], from: { layer: Layer; own: string }, target: string): boolean {
  const to = layerOf(layers, target);
  if (to !== undefined && to.layer === from.layer && to.own === from.own) return true;
  return (from.layer.targets ?? []).some((pattern) => {
    const row = layers.find((layer) => layer.scope === pattern);
    return row === undefined ? matches(pattern, target) : to?.layer === row;
  });
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(SRC, path).split('\\').join('/')] : [];
  });
}

function relativeImports(text: string): string[] {
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g), ...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)];
  return specifiers.map((match) => match[1] ?? '');
}

describe('the layer table in docs/architecture.md', () => {
  const layers = layerTable();
  const files = sourceFiles(SRC);

  it('is there, and every file in src/ belongs to one of its rows', () => {
    expect(layers.length).toBeGreaterThan(5);
    expect(files.filter((file) => layerOf(layers, file) === undefined)).toEqual([]);
  });

  it('allows every import in src/', () => {
    const forbidden: string[] = [];
    for (const file of files) {
      const from = layerOf(layers, file);
      if (from === undefined || from.layer.targets === undefined) continue;
      const text = readFileSync(join(SRC, file), 'utf8');
      for (const specifier of relativeImports(text)) {
        const target = posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\.js$/, '.ts');
        if (target.startsWith('../')) {
          forbidden.push(`${file} → ${specifier} (outside src/)`);
          continue;
        }
        if (!allows(layers, from, target)) forbidden.push(`${file} → ${target} (${from.layer.scope} may import ${from.layer.targets.join(', ') || 'nothing outside itself'})`);
      }
    }
    expect(forbidden).toEqual([]);
  });

  it('names the one file that reads the environment, and no other file reads it', () => {
    const config = layers.find((layer) => layer.scope === 'config.ts');
    expect(config?.targets).toEqual([]);
    expect(readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8')).toMatch(/\| `src\/config\.ts` \|[^\n]*the only reader of `process\.env`/);
    const readers = files.filter((file) => file !== 'config.ts' && readFileSync(join(SRC, file), 'utf8').includes('process.env'));
    expect(readers).toEqual([]);
  });
});
