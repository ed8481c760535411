/**
 * The layout's promise, checked: data flows one way through src/ (corpus → audio → features → scoring → models →
 * ensemble → predict → evaluation → cli/serve), so no file imports from a folder above its own, and no files
 * import each other in a circle. Reads the import lines of every src file as text (no build needed).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers/shared.js';
/** Lowest first. A folder may import its own layer and any below it. */
const LAYERS = [
    ['errors.ts', 'config.ts', 'util', 'wasm'],
    ['corpus', 'audio'],
    ['features'],
    ['scoring'],
    ['models'],
    ['ensemble'],
    ['predict'],
    ['evaluation'],
    ['serve', 'cli'],
    ['index.ts'],
];
const SRC = join(repoRoot(), 'src');
function sourceFiles(dir) {
    return readdirSync(dir).flatMap((name) => {
        const p = join(dir, name);
        if (statSync(p).isDirectory())
            return sourceFiles(p);
        return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [p] : [];
    });
}
/** The src files a file imports (static `import … from`, `export … from` and `import('…')` with a literal path). */
function importsOf(file) {
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*['"](\.[^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) => m[1]);
    return specs
        .map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')))
        .filter((p) => p.startsWith(SRC) && existsSync(p));
}
function layerOf(file) {
    const top = relative(SRC, file).split(/[\\/]/)[0];
    const i = LAYERS.findIndex((l) => l.includes(top));
    if (i < 0)
        throw new Error(`src/${top} has no layer in this test's LAYERS: add it where it belongs in the flow`);
    return i;
}
const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
test('every src folder has a place in the flow', () => {
    for (const f of files)
        assert.doesNotThrow(() => layerOf(f));
});
test('no src file imports from a folder above its own', () => {
    const against = [...graph].flatMap(([f, deps]) => deps.filter((d) => layerOf(d) > layerOf(f)).map((d) => `${relative(SRC, f)} → ${relative(SRC, d)}`));
    assert.deepEqual(against, [], `imports against the flow:\n${against.join('\n')}`);
});
test('no import cycle among src files', () => {
    const state = new Map();
    const cycles = [];
    const visit = (f, path) => {
        state.set(f, 'open');
        for (const d of graph.get(f) ?? []) {
            if (state.get(d) === 'open')
                cycles.push([...path.slice(path.indexOf(d)), d].map((p) => relative(SRC, p)).join(' → '));
            else if (!state.has(d))
                visit(d, [...path, d]);
        }
        state.set(f, 'done');
    };
    for (const f of files)
        if (!state.has(f))
            visit(f, [f]);
    assert.deepEqual(cycles, [], `import cycles:\n${cycles.join('\n')}`);
});
test('the import reader sees the imports it is meant to check', () => {
    // Guards the regexes: a file known to import from scoring must show that edge.
    const experiment = join(SRC, 'evaluation', 'experiment.ts');
    assert.ok(graph.get(experiment).some((d) => d.includes(`${join('src', 'scoring')}`)), 'experiment.ts should import src/scoring');
});
//# sourceMappingURL=imports.test.js.map