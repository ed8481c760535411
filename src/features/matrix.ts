/**
 * A dense 2-D float32 array in row-major order, shaped as librosa shapes its features: `rows` = bins or
 * coefficients, `cols` = frames (so `mfcc` is n_mfcc × t, like `librosa.feature.mfcc`).
 */
export interface Matrix {
  rows: number;
  cols: number;
  data: Float32Array;
}

export function zeros(rows: number, cols: number): Matrix {
  return { rows, cols, data: new Float32Array(rows * cols) };
}

export function get(m: Matrix, row: number, col: number): number {
  return m.data[row * m.cols + col];
}

export function row(m: Matrix, r: number): Float32Array {
  return m.data.subarray(r * m.cols, (r + 1) * m.cols);
}
