/**
 * A dense 2-D float32 array in row-major order, shaped as librosa shapes its features: `rows` = bins or
 * coefficients, `cols` = frames (so `mfcc` is n_mfcc × t, like `librosa.feature.mfcc`).
 */
export interface Matrix {
    rows: number;
    cols: number;
    data: Float32Array;
}
export declare function zeros(rows: number, cols: number): Matrix;
export declare function get(m: Matrix, row: number, col: number): number;
export declare function row(m: Matrix, r: number): Float32Array;
