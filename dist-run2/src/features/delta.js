import { wasmDsp } from './wasm-dsp.js';
/**
 * The Savitzky–Golay fit operator: width × width row-major, P[i·width + j] = weight of sample j in the
 * `deriv`-th derivative at position i of the degree-`polyorder` least-squares polynomial through samples
 * 0 … width−1 (unit sample spacing, scipy's delta=1). Float64 normal equations on centred positions.
 */
export function savgolFitOperator(width, polyorder, deriv) {
    if (polyorder >= width)
        throw new RangeError(`polyorder=${polyorder} must be less than width=${width}`);
    const q = polyorder + 1;
    const c = (width - 1) / 2;
    // Gram matrix G = VᵀV of the Vandermonde V[j][p] = (j − c)^p, inverted by Gauss–Jordan with partial pivoting.
    const g = new Float64Array(q * 2 * q);
    for (let a = 0; a < q; a++) {
        for (let b = 0; b < q; b++) {
            let s = 0;
            for (let j = 0; j < width; j++)
                s += Math.pow(j - c, a + b);
            g[a * 2 * q + b] = s;
        }
        g[a * 2 * q + q + a] = 1;
    }
    for (let col = 0; col < q; col++) {
        let piv = col;
        for (let r = col + 1; r < q; r++)
            if (Math.abs(g[r * 2 * q + col]) > Math.abs(g[piv * 2 * q + col]))
                piv = r;
        if (piv !== col) {
            for (let k = 0; k < 2 * q; k++) {
                const tmp = g[col * 2 * q + k];
                g[col * 2 * q + k] = g[piv * 2 * q + k];
                g[piv * 2 * q + k] = tmp;
            }
        }
        const d = g[col * 2 * q + col];
        for (let k = 0; k < 2 * q; k++)
            g[col * 2 * q + k] /= d;
        for (let r = 0; r < q; r++) {
            if (r === col)
                continue;
            const f = g[r * 2 * q + col];
            if (f === 0)
                continue;
            for (let k = 0; k < 2 * q; k++)
                g[r * 2 * q + k] -= f * g[col * 2 * q + k];
        }
    }
    // Coefficient p of the fit = Σ_j A[p][j] x[j], A = G⁻¹Vᵀ.
    const A = new Float64Array(q * width);
    for (let p = 0; p < q; p++) {
        for (let j = 0; j < width; j++) {
            let s = 0;
            for (let b = 0; b < q; b++)
                s += g[p * 2 * q + q + b] * Math.pow(j - c, b);
            A[p * width + j] = s;
        }
    }
    const P = new Float64Array(width * width);
    for (let i = 0; i < width; i++) {
        const u = i - c;
        for (let p = deriv; p < q; p++) {
            // d^deriv/du^deriv u^p = p!/(p−deriv)! · u^(p−deriv)
            let fall = 1;
            for (let r = 0; r < deriv; r++)
                fall *= p - r;
            const gp = fall * Math.pow(u, p - deriv);
            for (let j = 0; j < width; j++)
                P[i * width + j] += gp * A[p * width + j];
        }
    }
    return P;
}
const operatorCache = new Map();
function fitOperator(width, order) {
    const key = `${width}/${order}`;
    let P = operatorCache.get(key);
    if (P === undefined) {
        P = savgolFitOperator(width, order, order);
        operatorCache.set(key, P);
    }
    return P;
}
/** The interior FIR filter of `delta` (weights on x[t − width/2 … t + width/2]) and its L1 norm. */
export function deltaFilter(width = 9, order = 1) {
    checkDeltaArgs(width, order);
    const P = fitOperator(width, order);
    const h = width >> 1;
    const weights = P.slice(h * width, (h + 1) * width);
    let l1 = 0;
    for (const w of weights)
        l1 += Math.abs(w);
    return { weights, l1 };
}
function checkDeltaArgs(width, order) {
    if (!Number.isInteger(width) || width < 3 || width % 2 !== 1) {
        throw new RangeError(`delta width must be an odd integer ≥ 3, got ${width}`);
    }
    if (!Number.isInteger(order) || order < 1)
        throw new RangeError(`delta order must be a positive integer, got ${order}`);
}
/** Index of sample i of a length-n signal extended as scipy.ndimage does; −1 stands for the constant 0. */
function extend(i, n, mode) {
    if (i >= 0 && i < n)
        return i;
    switch (mode) {
        case 'nearest':
            return i < 0 ? 0 : n - 1;
        case 'constant':
            return -1;
        case 'wrap':
            return ((i % n) + n) % n;
        case 'mirror': {
            // d c b | a b c d | c b a: reflect about the end samples (period 2n − 2).
            if (n === 1)
                return 0;
            const period = 2 * n - 2;
            let k = ((i % period) + period) % period;
            if (k >= n)
                k = period - k;
            return k;
        }
        default:
            throw new RangeError(`delta mode ${mode} has no extension`);
    }
}
/** The interior (4 ≤ t < n − 4) of a width-9 delta of every row, computed in the wasm heap; edges left 0. */
function deltaInterior9(data, odd, half) {
    const dsp = wasmDsp();
    const count = data.rows * data.cols;
    // +2 floats: the kernel's last odd frame reads one sample past its row.
    const xAt = dsp.region('delta-in', Math.ceil((count + 2) / 2));
    const outAt = dsp.region('delta-out', Math.ceil((count + 2) / 2));
    const buffer = dsp.f64.buffer;
    new Float32Array(buffer, xAt, count).set(data.data);
    new Float32Array(buffer, outAt, count).fill(0);
    dsp.delta9(xAt, data.rows, data.cols, odd ? 1 : 0, half[0], half[1], half[2], half[3], half[4], outAt);
    return new Float32Array(buffer, outAt, count).slice();
}
/**
 * `librosa.feature.delta(data, width=, order=, axis=-1, mode=)`: along the columns (frames) of every row.
 * With `mode='interp'` the frame count must be ≥ width (librosa raises otherwise; so does this).
 */
export function delta(data, opts = {}) {
    const width = opts.width ?? 9;
    const order = opts.order ?? 1;
    const mode = opts.mode ?? 'interp';
    checkDeltaArgs(width, order);
    const n = data.cols;
    if (mode === 'interp' && width > n) {
        throw new RangeError(`delta with mode='interp' needs at least width=${width} frames, got ${n}`);
    }
    const P = fitOperator(width, order);
    const h = width >> 1;
    const filt = P.subarray(h * width, (h + 1) * width);
    // half[j] = weight of x[t + j], j = 0 … h, averaged with its mirror so the parity is exact.
    const odd = order % 2 === 1;
    const half = new Float64Array(h + 1);
    half[0] = odd ? 0 : filt[h];
    for (let j = 1; j <= h; j++)
        half[j] = odd ? (filt[h + j] - filt[h - j]) / 2 : (filt[h + j] + filt[h - j]) / 2;
    const x = data.data;
    // librosa's default width 9: the interior in one wasm pass (delta9, ~3× faster than the loop below; the same
    // additions in the same order, so the same float32 results), edges below as for any width.
    const wasm = h === 4 && x instanceof Float32Array;
    const out = wasm ? deltaInterior9(data, odd, half) : new Float32Array(data.rows * n);
    for (let r = 0; r < data.rows; r++) {
        const o = r * n;
        const interiorEnd = n - h;
        // The centred derivative filter has parity (−1)^order (odd for Δ, even for ΔΔ): fold the pairs t ± j.
        if (!wasm)
            for (let t = h; t < interiorEnd; t++) {
                const c = o + t;
                let acc = half[0] * x[c];
                if (odd)
                    for (let j = 1; j <= h; j++)
                        acc += half[j] * (x[c + j] - x[c - j]);
                else
                    for (let j = 1; j <= h; j++)
                        acc += half[j] * (x[c + j] + x[c - j]);
                out[c] = acc;
            }
        if (mode === 'interp') {
            // scipy _fit_edges_polyfit: fit over the first / last `width` samples, evaluate at the edge positions.
            for (let i = 0; i < h; i++) {
                let lo = 0;
                let hi = 0;
                const pl = i * width;
                const ph = (width - h + i) * width;
                const bh = o + n - width;
                for (let j = 0; j < width; j++) {
                    lo += P[pl + j] * x[o + j];
                    hi += P[ph + j] * x[bh + j];
                }
                out[o + i] = lo;
                out[o + n - h + i] = hi;
            }
        }
        else {
            for (let t = 0; t < n; t++) {
                if (t >= h && t < interiorEnd)
                    continue;
                let acc = 0;
                for (let j = 0; j < width; j++) {
                    const s = extend(t - h + j, n, mode);
                    if (s >= 0)
                        acc += filt[j] * x[o + s];
                }
                out[o + t] = acc;
            }
        }
    }
    return { rows: data.rows, cols: n, data: out };
}
//# sourceMappingURL=delta.js.map