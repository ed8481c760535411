/**
 * The guard in front of our wasm kernels: they use private members of @tensorflow/tfjs-backend-wasm, so the package
 * is pinned to the tested version and a different version, or a backend missing a member, stops with
 * BACKEND_INCOMPATIBLE before any kernel runs.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import * as tf from '@tensorflow/tfjs-core';
import { version_wasm } from '@tensorflow/tfjs-backend-wasm';
import { VoeError } from '../../src/errors.js';
import { checkWasmBackend, checkWasmBackendVersion, TESTED_TFJS_WASM_VERSION, } from '../../src/models/kernels/backend-check.js';
import { contextOf } from '../../src/models/kernels/context.js';
import { packageRoot } from '../../src/util/package-root.js';
import { useWasm } from './kernel-helpers.js';
before(useWasm);
function incompatible(pattern) {
    return (e) => {
        assert.ok(e instanceof VoeError, `expected a VoeError, got ${String(e)}`);
        assert.equal(e.code, 'BACKEND_INCOMPATIBLE');
        assert.match(e.message, pattern);
        return true;
    };
}
/** The live wasm backend with one member path replaced (undefined: removed), without touching the real one. */
function withMember(real, path, value) {
    const [head, ...rest] = path.split('.');
    const copy = Object.create(real);
    const inner = real[head];
    // defineProperty: the wasm exports object is frozen, and an inherited read-only property blocks assignment.
    Object.defineProperty(copy, head, {
        value: rest.length === 0 ? value : withMember(inner, rest.join('.'), value), enumerable: true,
    });
    return copy;
}
describe('tfjs-backend-wasm version pin', () => {
    test('package.json pins tfjs-core, -backend-cpu, -backend-wasm and -layers to exactly the tested version', () => {
        const root = packageRoot();
        assert.ok(root, 'package root not found');
        const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
        for (const name of ['tfjs-core', 'tfjs-backend-cpu', 'tfjs-backend-wasm', 'tfjs-layers']) {
            assert.equal(pkg.dependencies[`@tensorflow/${name}`], TESTED_TFJS_WASM_VERSION, name);
        }
    });
    test('the installed version is the tested one', () => {
        assert.equal(version_wasm, TESTED_TFJS_WASM_VERSION);
        assert.doesNotThrow(() => checkWasmBackendVersion());
    });
    test('another version is refused, naming the version found and the one expected', () => {
        const expected = TESTED_TFJS_WASM_VERSION.replace(/\./g, '\\.');
        assert.throws(() => checkWasmBackendVersion('4.23.0'), incompatible(new RegExp(`tfjs-backend-wasm 4\\.23\\.0 is installed.*tested with ${expected}`)));
        assert.throws(() => checkWasmBackend(tf.backend(), '5.0.0'), incompatible(/5\.0\.0/));
    });
});
describe('tfjs-backend-wasm private members', () => {
    test('the live wasm backend has every member the kernels use', () => {
        assert.equal(checkWasmBackend(tf.findBackend('wasm')), tf.findBackend('wasm'));
    });
    for (const [path, value] of [
        ['wasm.asm', undefined],
        ['wasm.asm.memory', { buffer: new ArrayBuffer(65536), grow: () => 1 }],
        ['dataIdMap', undefined],
        ['wasm.HEAPF32', new Float64Array(4)],
        ['wasm._malloc', undefined],
        ['makeOutput', undefined],
    ]) {
        test(`a backend whose ${path} is missing or of the wrong kind is refused, naming it`, () => {
            const fake = withMember(tf.findBackend('wasm'), path, value);
            const named = path === 'wasm.asm' ? 'wasm.asm.memory' : path === 'dataIdMap' ? 'dataIdMap.get' : path;
            assert.throws(() => checkWasmBackend(fake), incompatible(new RegExp(`lacks ${named.replace(/\./g, '\\.')},`)));
        });
    }
    test('no kernel context is made for an incompatible backend', () => {
        const fake = withMember(tf.findBackend('wasm'), 'wasm.asm', undefined);
        assert.throws(() => contextOf(fake), incompatible(/lacks wasm\.asm\.memory/));
    });
});
//# sourceMappingURL=backend-check.test.js.map