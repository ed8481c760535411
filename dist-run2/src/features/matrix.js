export function zeros(rows, cols) {
    return { rows, cols, data: new Float32Array(rows * cols) };
}
export function get(m, row, col) {
    return m.data[row * m.cols + col];
}
export function row(m, r) {
    return m.data.subarray(r * m.cols, (r + 1) * m.cols);
}
//# sourceMappingURL=matrix.js.map