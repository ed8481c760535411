/**
 * Delta features, as `librosa.feature.delta(data, width=, order=, axis=-1, mode=)` in librosa 0.11
 * (`librosa/feature/utils.py`), which is `scipy.signal.savgol_filter(data, width, polyorder=order, deriv=order,
 * axis=-1, mode=mode)` (`scipy/signal/_savitzky_golay.py`):
 *
 * - interior: the order-th derivative, at the window's centre, of the least-squares polynomial of degree
 *   `order` through the `width` samples around each frame (a fixed FIR filter; for order 1 it is
 *   Σ_k k·x[t+k] / Σ_k k²);
 * - `mode='interp'` (librosa's default): the first and last width/2 frames take the derivative, at their own
 *   position, of the polynomial fitted to the first / last `width` frames (scipy `_fit_edges_polyfit`);
 * - other modes extend the signal as `scipy.ndimage.convolve1d` does and apply the interior filter everywhere.
 *
 * Everything reduces to one width × width "fit operator" P: P[i][j] = weight of sample j in the derivative at
 * position i of the fit to samples 0 … width−1. The interior filter is P's middle row; the edges are its
 * first and last width/2 rows. Because polyorder = order, the derivative of the fit is a constant, so all rows
 * are equal: the interp edges repeat the first / last full-window value.
 */
import type { Matrix } from './matrix.js';
export type DeltaMode = 'interp' | 'mirror' | 'nearest' | 'constant' | 'wrap';
export interface DeltaOptions {
    /** Frames in the fitting window, odd and ≥ 3. librosa default 9. */
    width?: number;
    /** Derivative order (and polynomial degree), ≥ 1. librosa default 1. */
    order?: number;
    /** Edge handling (see above). librosa default 'interp'. */
    mode?: DeltaMode;
}
/**
 * The Savitzky–Golay fit operator: width × width row-major, P[i·width + j] = weight of sample j in the
 * `deriv`-th derivative at position i of the degree-`polyorder` least-squares polynomial through samples
 * 0 … width−1 (unit sample spacing, scipy's delta=1). Float64 normal equations on centred positions.
 */
export declare function savgolFitOperator(width: number, polyorder: number, deriv: number): Float64Array;
/** The interior FIR filter of `delta` (weights on x[t − width/2 … t + width/2]) and its L1 norm. */
export declare function deltaFilter(width?: number, order?: number): {
    weights: Float64Array;
    l1: number;
};
/**
 * `librosa.feature.delta(data, width=, order=, axis=-1, mode=)`: along the columns (frames) of every row.
 * With `mode='interp'` the frame count must be ≥ width (librosa raises otherwise; so does this).
 */
export declare function delta(data: Matrix, opts?: DeltaOptions): Matrix;
