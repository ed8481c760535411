export const MATRIX_FIELDS = ['logmel', 'mfcc', 'delta', 'delta2'];
export const TRACK_FIELDS = ['f0', 'voicing', 'rms', 'zcr'];
const MAGIC = 0x46454f56; // 'VOEF' little-endian
const FORMAT_VERSION = 1;
/**
 * Binary form of a FeatureSet: 'VOEF', header length (u32), header JSON, padding to 4 bytes, float32 payload in
 * header order. Plain and self-describing so a cache entry can be checked without trusting it.
 */
export function serializeFeatureSet(fs) {
    const matrices = {};
    let floats = 0;
    for (const name of MATRIX_FIELDS) {
        matrices[name] = [fs[name].rows, fs[name].cols];
        floats += fs[name].data.length;
    }
    for (const name of TRACK_FIELDS)
        floats += fs[name].length;
    const header = {
        version: FORMAT_VERSION,
        sr: fs.sr,
        hop_length: fs.hop_length,
        numSamples: fs.numSamples,
        frames: fs.frames,
        matrices,
        tracks: [...TRACK_FIELDS],
        floats,
    };
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const payloadOffset = align4(8 + headerBytes.length);
    // Every byte is written below (the payload by the copies), so no zero fill of the ~250 KB first.
    const out = Buffer.allocUnsafe(payloadOffset + floats * 4);
    out.writeUInt32LE(MAGIC, 0);
    out.writeUInt32LE(headerBytes.length, 4);
    headerBytes.copy(out, 8);
    out.fill(0, 8 + headerBytes.length, payloadOffset);
    const payload = new Float32Array(out.buffer, out.byteOffset + payloadOffset, floats);
    let at = 0;
    for (const name of MATRIX_FIELDS) {
        payload.set(fs[name].data, at);
        at += fs[name].data.length;
    }
    for (const name of TRACK_FIELDS) {
        payload.set(fs[name], at);
        at += fs[name].length;
    }
    return out;
}
/** Parses serializeFeatureSet's output; throws an Error saying what is wrong if the bytes are not a whole entry. */
export function deserializeFeatureSet(bytes) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf.length < 8 || buf.readUInt32LE(0) !== MAGIC)
        throw new Error('not a feature file (bad magic)');
    const headerLength = buf.readUInt32LE(4);
    if (8 + headerLength > buf.length)
        throw new Error('truncated header');
    const header = JSON.parse(buf.subarray(8, 8 + headerLength).toString('utf8'));
    if (header.version !== FORMAT_VERSION)
        throw new Error(`format version ${header.version}, expected ${FORMAT_VERSION}`);
    const payloadOffset = align4(8 + headerLength);
    if (buf.length !== payloadOffset + header.floats * 4) {
        throw new Error(`size ${buf.length} bytes, expected ${payloadOffset + header.floats * 4}`);
    }
    // Copy out of the file buffer so the arrays are aligned and independent of it.
    const payload = new Float32Array(header.floats);
    new Uint8Array(payload.buffer).set(buf.subarray(payloadOffset));
    let at = 0;
    const take = (n) => {
        const part = payload.subarray(at, at + n);
        at += n;
        return part;
    };
    const matrix = (name) => {
        const shape = header.matrices[name];
        if (!shape)
            throw new Error(`missing matrix ${name}`);
        const [rows, cols] = shape;
        if (cols !== header.frames)
            throw new Error(`matrix ${name} has ${cols} frames, expected ${header.frames}`);
        return { rows, cols, data: take(rows * cols) };
    };
    const logmel = matrix('logmel');
    const mfcc = matrix('mfcc');
    const delta = matrix('delta');
    const delta2 = matrix('delta2');
    const tracks = {};
    for (const name of header.tracks)
        tracks[name] = take(header.frames);
    for (const name of TRACK_FIELDS)
        if (!tracks[name])
            throw new Error(`missing track ${name}`);
    return {
        sr: header.sr,
        hop_length: header.hop_length,
        numSamples: header.numSamples,
        frames: header.frames,
        logmel,
        mfcc,
        delta,
        delta2,
        f0: tracks.f0,
        voicing: tracks.voicing,
        rms: tracks.rms,
        zcr: tracks.zcr,
    };
}
function align4(n) {
    return (n + 3) & ~3;
}
//# sourceMappingURL=feature-set.js.map