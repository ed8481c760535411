/**
 * The WebAssembly home (src/wasm/): the assembler's errors, the API typing against the runtime, and the WAT loop
 * templates, run on a memory of our own (the kernels that use them are tested in test/features/wasm-dsp.test.ts
 * and test/models/kernels.test.ts).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { instantiateOnMemory, isWasmMemory, WASM_PAGE_BYTES, WebAssemblyJs } from '../../src/wasm/api.js';
import { assemble } from '../../src/wasm/asm.js';
import { forRange, forVectors, get, memoryModule, set, whileLoop } from '../../src/wasm/wat.js';
import { packageRoot } from '../../src/util/package-root.js';
/** Assembles `fields` as a module over a fresh one-page memory; returns its exports and the memory as int32. */
function run(fields) {
    const memory = new WebAssemblyJs.Memory({ initial: 1 });
    const exports = instantiateOnMemory(new WebAssemblyJs.Module(assemble(memoryModule(fields))), memory);
    return { fns: exports, i32: new Int32Array(memory.buffer) };
}
describe('assembler', () => {
    test('names the instruction it does not know', () => {
        assert.throws(() => assemble('(module (func $f i32.bogus))'), /unknown instruction 'i32.bogus'/);
    });
    test('names a label no block opened', () => {
        assert.throws(() => assemble(memoryModule('(func $f br $nowhere)')), /unknown label '\$nowhere' in \$f/);
    });
});
describe('WebAssembly API typing', () => {
    test('isWasmMemory tells a real memory from a look-alike', () => {
        const memory = new WebAssemblyJs.Memory({ initial: 1 });
        assert.equal(memory.buffer.byteLength, WASM_PAGE_BYTES);
        assert.equal(isWasmMemory(memory), true);
        assert.equal(isWasmMemory({ buffer: new ArrayBuffer(WASM_PAGE_BYTES), grow: () => 1 }), false);
        assert.equal(isWasmMemory(undefined), false);
    });
});
describe('WAT loop templates', () => {
    test('forRange visits from, from + step, … below the limit, and not at all when from >= limit', () => {
        // out[k] = i for each visited i, k counting visits; returns the count.
        const { fns, i32 } = run(`
      (func $visit (export "visit") (param $from i32) (param $n i32) (param $step i32) (result i32)
        (local $i i32) (local $k i32)
        ${forRange('i', get('n'), `
          ${get('k')} i32.const 2 i32.shl ${get('i')} i32.store
          ${get('k')} i32.const 1 i32.add ${set('k')}`, { from: get('from'), step: 3 })}
        ${get('k')})`);
        assert.equal(fns.visit(2, 11, 3), 3);
        assert.deepEqual([...i32.subarray(0, 3)], [2, 5, 8]);
        assert.equal(fns.visit(5, 5, 3), 0);
    });
    test('forRange with unsigned compares treats a negative limit as huge; from: null continues', () => {
        const { fns } = run(`
      (func $count (export "count") (param $start i32) (param $n i32) (param $unsigned i32) (result i32)
        (local $i i32) (local $k i32)
        ${get('start')} ${set('i')}
        ${get('unsigned')}
        if
          ${forRange('i', get('n'), `
            ${get('k')} i32.const 1 i32.add ${set('k')}
            ${get('k')} i32.const 5 i32.ge_s br_if $i_end`, { from: null, unsigned: true })}
        else
          ${forRange('i', get('n'), `${get('k')} i32.const 1 i32.add ${set('k')}`, { from: null })}
        end
        ${get('k')})`);
        assert.equal(fns.count(7, 10, 0), 3);
        assert.equal(fns.count(0, -1, 0), 0);
        // Unsigned: −1 is 2³² − 1, so the loop runs until the body's own exit after 5 passes.
        assert.equal(fns.count(0, -1, 1), 5);
    });
    test('forVectors covers whole groups of lanes and leaves the remainder to a scalar loop after it', () => {
        // Returns vectors·100 + scalars for n elements in groups of 4.
        const { fns } = run(`
      (func $split (export "split") (param $n i32) (result i32)
        (local $i i32) (local $v i32) (local $s i32)
        ${forVectors('i', get('n'), 4, `${get('v')} i32.const 1 i32.add ${set('v')}`)}
        ${forRange('i', get('n'), `${get('s')} i32.const 1 i32.add ${set('s')}`, { from: null })}
        ${get('v')} i32.const 100 i32.mul ${get('s')} i32.add)`);
        assert.equal(fns.split(11), 203);
        assert.equal(fns.split(8), 200);
        assert.equal(fns.split(3), 3);
        assert.equal(fns.split(0), 0);
    });
    test('whileLoop tests its exit before each pass', () => {
        const { fns } = run(`
      (func $halve (export "halve") (param $x i32) (result i32)
        (local $k i32)
        ${whileLoop('h', `${get('x')} i32.const 1 i32.le_s`, `
          ${get('x')} i32.const 1 i32.shr_s ${set('x')}
          ${get('k')} i32.const 1 i32.add ${set('k')}`)}
        ${get('k')})`);
        assert.equal(fns.halve(1), 0);
        assert.equal(fns.halve(2), 1);
        assert.equal(fns.halve(1000), 9);
    });
});
describe('src/wasm/ layering', () => {
    test('imports only node: modules and its own files, so features and models can both build on it', () => {
        const root = packageRoot();
        assert.ok(root, 'package root not found');
        const dir = join(root, 'src', 'wasm');
        const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
        assert.deepEqual(files.sort(), ['api.ts', 'asm.ts', 'wat.ts']);
        for (const file of files) {
            const text = readFileSync(join(dir, file), 'utf8');
            for (const [, spec] of text.matchAll(/^(?:import|export)\b[^;]*?from\s+'([^']+)'/gm)) {
                assert.ok(spec.startsWith('node:') || /^\.\/[\w-]+\.js$/.test(spec), `${file} imports ${spec}`);
            }
        }
    });
});
//# sourceMappingURL=asm.test.js.map