import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FeatureCache } from '../../src/features/cache.js';
import { deserializeFeatureSet, serializeFeatureSet } from '../../src/features/feature-set.js';
function fakeFeatures(frames, seed = 1) {
    let s = seed;
    const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
    const m = (rows) => ({ rows, cols: frames, data: Float32Array.from({ length: rows * frames }, rnd) });
    const track = () => Float32Array.from({ length: frames }, rnd);
    return {
        sr: 16000,
        hop_length: 160,
        numSamples: frames * 160 - 7,
        frames,
        logmel: m(64),
        mfcc: m(40),
        delta: m(40),
        delta2: m(40),
        f0: track(),
        voicing: track(),
        rms: track(),
        zcr: track(),
    };
}
test('a feature set survives serialisation bit for bit', () => {
    const fs = fakeFeatures(37);
    const back = deserializeFeatureSet(serializeFeatureSet(fs));
    assert.deepEqual(back, fs);
});
test('truncated or foreign bytes are rejected, never returned as features', () => {
    const bytes = serializeFeatureSet(fakeFeatures(10));
    assert.throws(() => deserializeFeatureSet(bytes.subarray(0, bytes.length - 4)), /size/);
    assert.throws(() => deserializeFeatureSet(bytes.subarray(0, 6)), /bad magic|truncated/);
    assert.throws(() => deserializeFeatureSet(Buffer.from('RIFF....WAVEfmt ')), /bad magic/);
});
test('the cache returns what was written, and misses on another config', () => {
    const root = mkdtempSync(join(tmpdir(), 'voe-cache-test-'));
    try {
        const a = new FeatureCache(root, 'configA');
        const b = new FeatureCache(root, 'configB');
        const fs = fakeFeatures(12);
        assert.equal(a.read('abcdef'), undefined);
        a.write('abcdef', fs);
        assert.deepEqual(a.read('abcdef'), fs);
        assert.equal(b.read('abcdef'), undefined);
        // No temporary files are left behind by a completed write.
        const leftovers = readdirSync(join(a.dir, 'ab')).filter((f) => f.endsWith('.tmp'));
        assert.deepEqual(leftovers, []);
    }
    finally {
        rmSync(root, { recursive: true, force: true });
    }
});
test('a damaged cache entry is reported, removed, and treated as a miss', () => {
    const root = mkdtempSync(join(tmpdir(), 'voe-cache-test-'));
    try {
        const cache = new FeatureCache(root, 'cfg');
        cache.write('00ff', fakeFeatures(8));
        const path = cache.entryPath('00ff');
        const bytes = readFileSync(path);
        writeFileSync(path, bytes.subarray(0, bytes.length - 100));
        const reasons = [];
        assert.equal(cache.read('00ff', (r) => reasons.push(r)), undefined);
        assert.equal(reasons.length, 1);
        assert.match(reasons[0], /unreadable/);
        assert.equal(cache.read('00ff'), undefined);
    }
    finally {
        rmSync(root, { recursive: true, force: true });
    }
});
//# sourceMappingURL=cache.test.js.map