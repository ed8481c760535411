/** Validates the options and turns `ref` into the dB offset (calling it on S when it is a function). */
export function resolveDb(opts, S) {
    const amin = opts.amin ?? 1e-10;
    const top_db = opts.top_db === undefined ? 80 : opts.top_db;
    if (!(amin > 0))
        throw new RangeError(`amin must be strictly positive, got ${amin}`);
    if (top_db !== null && !(top_db >= 0))
        throw new RangeError(`top_db must be non-negative, got ${top_db}`);
    const ref = opts.ref ?? 1.0;
    let refValue;
    if (typeof ref === 'function') {
        if (S === undefined)
            throw new RangeError('a function ref needs the power array');
        refValue = Math.abs(ref(S));
    }
    else {
        refValue = Math.abs(ref);
    }
    return { refDb: 10.0 * Math.log10(Math.max(amin, refValue)), amin, top_db };
}
// 10·log10(x) = (10 / ln 10)·ln(x); Math.log is markedly faster than Math.log10 in V8 and agrees to ~1 ulp.
const DB_PER_NEPER = 10 / Math.LN10;
/** 10·log10(max(amin, p)) − refDb, for one value (the per-element step before the top_db clamp). */
export function dbOf(p, amin, refDb) {
    return DB_PER_NEPER * Math.log(p > amin ? p : amin) - refDb;
}
/** In place: x = max(x, max(x) − top_db) over the whole array (no-op when top_db is null). */
export function clampTopDb(data, top_db) {
    if (top_db === null)
        return;
    let peak = -Infinity;
    for (let i = 0; i < data.length; i++)
        if (data[i] > peak)
            peak = data[i];
    const floor = peak - top_db;
    for (let i = 0; i < data.length; i++)
        if (data[i] < floor)
            data[i] = floor;
}
/** `librosa.power_to_db(S, ref=, amin=, top_db=)` of a power matrix; returns a new matrix of the same shape. */
export function powerToDb(S, opts = {}) {
    const { refDb, amin, top_db } = resolveDb(opts, S.data);
    const data = new Float32Array(S.data.length);
    for (let i = 0; i < data.length; i++)
        data[i] = dbOf(S.data[i], amin, refDb);
    clampTopDb(data, top_db);
    return { rows: S.rows, cols: S.cols, data };
}
//# sourceMappingURL=db.js.map