/**
 * A tiny WAV writer for tests: builds RIFF files chunk by chunk, so that well-formed files of every supported
 * format and deliberately broken ones (wrong sizes, missing chunks, odd codecs) come from the same few pieces.
 * Sample values are given as they are stored (integers for PCM, unsigned for 8-bit; floats for float formats).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
export const BYTES = { pcm8: 1, pcm16: 2, pcm24: 3, pcm32: 4, float32: 4, float64: 8 };
function concat(parts) {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
export function ascii(s) {
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
}
/** Interleaved stored sample values → little-endian bytes. */
export function encodeSamples(format, values) {
    const bytes = new Uint8Array(values.length * BYTES[format]);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        const at = i * BYTES[format];
        switch (format) {
            case 'pcm8':
                view.setUint8(at, v);
                break;
            case 'pcm16':
                view.setInt16(at, v, true);
                break;
            case 'pcm24':
                view.setUint8(at, v & 0xff);
                view.setUint8(at + 1, (v >> 8) & 0xff);
                view.setUint8(at + 2, (v >> 16) & 0xff);
                break;
            case 'pcm32':
                view.setInt32(at, v, true);
                break;
            case 'float32':
                view.setFloat32(at, v, true);
                break;
            case 'float64':
                view.setFloat64(at, v, true);
                break;
        }
    }
    return bytes;
}
/** A chunk: id, size (the real one unless `declaredSize` says otherwise), body, and a pad byte after odd bodies. */
export function chunk(id, body, opts = {}) {
    const header = new Uint8Array(8);
    header.set(ascii(id.padEnd(4).slice(0, 4)));
    new DataView(header.buffer).setUint32(4, opts.declaredSize ?? body.length, true);
    const pad = (opts.pad ?? true) && body.length % 2 === 1 ? [new Uint8Array(1)] : [];
    return concat([header, body, ...pad]);
}
const KS_SUFFIX = [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71];
export function fmtChunk(spec) {
    const ext = spec.extensible;
    const body = new Uint8Array(ext ? 40 : 16);
    const v = new DataView(body.buffer);
    const blockAlign = spec.blockAlign ?? spec.channels * Math.ceil(spec.bitsPerSample / 8);
    v.setUint16(0, ext ? 0xfffe : spec.formatTag, true);
    v.setUint16(2, spec.channels, true);
    v.setUint32(4, spec.sampleRate, true);
    v.setUint32(8, spec.sampleRate * blockAlign, true);
    v.setUint16(12, blockAlign, true);
    v.setUint16(14, spec.bitsPerSample, true);
    if (ext) {
        v.setUint16(16, 22, true);
        v.setUint16(18, ext.validBits ?? spec.bitsPerSample, true);
        v.setUint32(20, ext.channelMask ?? 0, true);
        v.setUint16(24, ext.subFormat, true);
        body.set(ext.guidSuffix ?? KS_SUFFIX, 26);
    }
    return chunk('fmt ', spec.truncateBodyTo === undefined ? body : body.subarray(0, spec.truncateBodyTo));
}
/** 'RIFF' + size + 'WAVE' + chunks. `riffSize` overrides the (correct) size field; `form` the 'WAVE'. */
export function riff(chunks, opts = {}) {
    const body = concat(chunks);
    const header = new Uint8Array(12);
    header.set(ascii(opts.magic ?? 'RIFF'));
    new DataView(header.buffer).setUint32(4, opts.riffSize ?? body.length + 4, true);
    header.set(ascii(opts.form ?? 'WAVE'), 8);
    return concat([header, body]);
}
export const FORMAT_TAG = { pcm8: 1, pcm16: 1, pcm24: 1, pcm32: 1, float32: 3, float64: 3 };
/** A well-formed WAV file (plus whatever extra chunks are asked for). */
export function wav(spec) {
    const bits = BYTES[spec.format] * 8;
    const fmt = fmtChunk({
        formatTag: FORMAT_TAG[spec.format],
        channels: spec.channels,
        sampleRate: spec.sampleRate,
        bitsPerSample: bits,
        extensible: spec.extensible ? { subFormat: FORMAT_TAG[spec.format], channelMask: (1 << spec.channels) - 1 } : undefined,
    });
    const data = chunk('data', encodeSamples(spec.format, spec.samples));
    return riff([...(spec.beforeFmt ?? []), fmt, ...(spec.beforeData ?? []), data, ...(spec.afterData ?? [])]);
}
/** A fresh temporary folder, and a function that removes it. */
export function tempDir(prefix = 'voe-audio-') {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
export function writeFile(dir, name, bytes) {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
}
//# sourceMappingURL=wav-writer.js.map