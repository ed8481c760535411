import { contextOf, gemm, ptr } from './context.js';
import { instantiateRecurrentSimd } from './recurrent-simd.js';
export const GRU_SEQUENCE = 'VoeGruSequence';
export const GRU_SEQUENCE_GRAD = 'VoeGruSequenceGrad';
export const LSTM_SEQUENCE = 'VoeLstmSequence';
export const LSTM_SEQUENCE_GRAD = 'VoeLstmSequenceGrad';
/** N, T, H from xp [N, T, G·H] and recurrentKernel [H, G·H], G the number of gates (GRU 3, LSTM 4). */
function sequenceDims(kernel, gates, xp, u) {
    const [N, T, GH] = xp.shape;
    const H = u.shape[0];
    if (xp.shape.length !== 3 || GH !== gates * H || u.shape.length !== 2 || u.shape[1] !== gates * H) {
        throw new Error(`voe ${kernel}: expected xp [N, T, ${gates}H] and recurrentKernel [H, ${gates}H], got xp ` +
            `[${xp.shape}] and recurrentKernel [${u.shape}]`);
    }
    return { N, T, H };
}
function checkFloat32(name, ...ts) {
    for (const t of ts) {
        if (t.dtype !== 'float32')
            throw new Error(`voe ${name}: only float32 is supported, got ${t.dtype}`);
    }
}
// ---------------------------------------------------------------------------------------------------------------
// wasm
const simdOf = new WeakMap();
function recurrentSimd(backend) {
    let k = simdOf.get(backend);
    if (!k) {
        k = instantiateRecurrentSimd(backend.wasm.asm.memory);
        simdOf.set(backend, k);
    }
    return k;
}
/** Packed B panels for the per-step products (see simd.ts: pack_b lays out K×N in panels of 8 columns). */
function packB(ctx, slot, src, rs, cs, K, N) {
    const p = ctx.scratch.get(slot, Math.ceil(N / 8) * 8 * K);
    ctx.simd.pack_b(src, rs, cs, K, N, p);
    return p;
}
/** C[M, N] (+)= A[M, K]·B with B already packed; A is row-major with row stride `lda`. */
function stepGemm(ctx, pa, tmp, a, lda, M, K, pb, N, c, ldc, accumulate) {
    ctx.simd.pack_a(a, lda, 1, M, K, pa);
    ctx.simd.gemm_packed(pa, pb, M, N, K, c, ldc, accumulate ? 1 : 0, tmp);
}
function gruForwardWasm(args) {
    const backend = args.backend;
    const { xp, recurrentKernel, bias, h0 } = args.inputs;
    const { goBackwards, returnSequences, recurrentActivation } = args.attrs;
    checkFloat32(GRU_SEQUENCE, xp, recurrentKernel, bias, h0);
    const { N, T, H } = sequenceDims(GRU_SEQUENCE, 3, xp, recurrentKernel);
    const out = backend.makeOutput(returnSequences ? [N, T, H] : [N, H], 'float32');
    const states = backend.makeOutput([T + 1, N, H], 'float32');
    const work = backend.makeOutput([T, N, 4 * H], 'float32');
    if (N === 0 || T === 0 || H === 0)
        return [out, states, work];
    const ctx = contextOf(backend);
    const gates = recurrentSimd(backend);
    const U = ptr(backend, recurrentKernel);
    const pbZr = packB(ctx, 'rnnPackU0', U, 3 * H, 1, H, 2 * H);
    const pbH = packB(ctx, 'rnnPackU1', U + 8 * H, 3 * H, 1, H, H);
    const pa = ctx.scratch.get('rnnPackA', Math.ceil(N / 4) * 4 * H);
    const tmp = ctx.scratch.get('rnnTile', 32);
    const accZr = ctx.scratch.get('rnnAcc0', N * 2 * H);
    const accH = ctx.scratch.get('rnnAcc1', N * H);
    const sink = ctx.scratch.get('rnnSink', H);
    const fwdZr = recurrentActivation === 'hardSigmoid' ? gates.gru_fwd_zr_hardSigmoid : gates.gru_fwd_zr_sigmoid;
    const X = ptr(backend, xp);
    const B = ptr(backend, bias);
    const S = ptr(backend, states);
    const Wk = ptr(backend, work);
    const O = ptr(backend, out);
    const heap = backend.wasm.HEAPU8; // after every allocation above
    const h0p = ptr(backend, h0);
    heap.copyWithin(S, h0p, h0p + 4 * N * H);
    for (let s = 0; s < T; s++) {
        const t = goBackwards ? T - 1 - s : s;
        const h = S + 4 * s * N * H;
        const w = Wk + 16 * s * N * H;
        const x = X + 12 * t * H;
        stepGemm(ctx, pa, tmp, h, H, N, H, pbZr, 2 * H, accZr, 2 * H, false);
        fwdZr(x, T * 3 * H, B, accZr, h, w, N, H);
        stepGemm(ctx, pa, tmp, w + 12 * H, 4 * H, N, H, pbH, H, accH, H, false);
        gates.gru_fwd_h(x, T * 3 * H, B, accH, h, w, h + 4 * N * H, returnSequences ? O + 4 * s * H : sink, returnSequences ? T * H : 0, N, H);
    }
    if (!returnSequences)
        heap.copyWithin(O, S + 4 * T * N * H, S + 4 * (T + 1) * N * H);
    return [out, states, work];
}
function gruBackwardWasm(args) {
    const backend = args.backend;
    const { dy, recurrentKernel, states, work } = args.inputs;
    const { goBackwards, returnSequences, recurrentActivation } = args.attrs;
    checkFloat32(GRU_SEQUENCE_GRAD, dy, recurrentKernel, states, work);
    const [T, N] = work.shape;
    const H = recurrentKernel.shape[0];
    const dxp = backend.makeOutput([N, T, 3 * H], 'float32');
    const dU = backend.makeOutput([H, 3 * H], 'float32');
    const db = backend.makeOutput([3 * H], 'float32');
    const dh0 = backend.makeOutput([N, H], 'float32');
    const outs = [dxp, dU, db, dh0];
    if (H === 0)
        return outs;
    const ctx = contextOf(backend);
    const gates = recurrentSimd(backend);
    const U = ptr(backend, recurrentKernel);
    // B operands of the transposed products: Uhᵀ (H×H) and [Uz | Ur]ᵀ (2H×H); element (k, n) of Uᵀ is U[n, k].
    const pbHt = packB(ctx, 'rnnPackU0', U + 8 * H, 1, 3 * H, H, H);
    const pbZrt = packB(ctx, 'rnnPackU1', U, 1, 3 * H, 2 * H, H);
    const pa = ctx.scratch.get('rnnPackA', Math.ceil(N / 4) * 4 * 2 * H);
    const tmp = ctx.scratch.get('rnnTile', 32);
    const dh = ctx.scratch.get('rnnAcc0', N * H);
    const dq = ctx.scratch.get('rnnAcc1', N * H);
    const zeros = ctx.scratch.get('rnnSink', H);
    // Pre-activation gradients of every step, time-major [T, N, 3H], for the one GEMM that gives dU at the end.
    const DA = ctx.scratch.get('rnnGrad', Math.max(1, T * N * 3 * H));
    const bwdZr = recurrentActivation === 'hardSigmoid' ? gates.gru_bwd_zr_hardSigmoid : gates.gru_bwd_zr_sigmoid;
    const DY = ptr(backend, dy);
    const S = ptr(backend, states);
    const Wk = ptr(backend, work);
    const DX = ptr(backend, dxp);
    const carry = ptr(backend, dh0); // the gradient flowing into the previous state; after step 0 it is dh0
    const heapF = backend.wasm.HEAPF32;
    heapF.fill(0, zeros / 4, zeros / 4 + H);
    heapF.fill(0, carry / 4, carry / 4 + N * H);
    for (let s = T - 1; s >= 0; s--) {
        const t = goBackwards ? T - 1 - s : s;
        const h = S + 4 * s * N * H;
        const w = Wk + 16 * s * N * H;
        const da = DA + 12 * s * N * H;
        const [dOut, ds] = returnSequences ? [DY + 4 * s * H, T * H] : s === T - 1 ? [DY, H] : [zeros, 0];
        gates.gru_bwd_h(dOut, ds, carry, w, dh, da, N, H);
        stepGemm(ctx, pa, tmp, da + 8 * H, 3 * H, N, H, pbHt, H, dq, H, false);
        bwdZr(dh, dq, h, w, da, carry, N, H);
        stepGemm(ctx, pa, tmp, da, 3 * H, N, 2 * H, pbZrt, H, carry, H, true);
        gates.copy_rows(da, 3 * H, DX + 12 * t * H, T * 3 * H, N, 3 * H);
    }
    const dUp = ptr(backend, dU);
    const rows = T * N;
    // dU[:, 0:2H] = Σ_steps h_prevᵀ·dA_zr and dU[:, 2H:3H] = Σ_steps (r ⊙ h_prev)ᵀ·dA_h, over all N·T rows at once.
    gemm(ctx, H, 2 * H, rows, { ptr: S, rs: 1, cs: H }, { ptr: DA, rs: 3 * H, cs: 1 }, dUp, 3 * H);
    gemm(ctx, H, H, rows, { ptr: Wk + 12 * H, rs: 1, cs: 4 * H }, { ptr: DA + 8 * H, rs: 3 * H, cs: 1 }, dUp + 8 * H, 3 * H);
    ctx.simd.sum_rows(DA, rows, 3 * H, ptr(backend, db));
    return outs;
}
function lstmForwardWasm(args) {
    const backend = args.backend;
    const { xp, recurrentKernel, bias, h0, c0 } = args.inputs;
    const { goBackwards, returnSequences, recurrentActivation } = args.attrs;
    checkFloat32(LSTM_SEQUENCE, xp, recurrentKernel, bias, h0, c0);
    const { N, T, H } = sequenceDims(LSTM_SEQUENCE, 4, xp, recurrentKernel);
    const out = backend.makeOutput(returnSequences ? [N, T, H] : [N, H], 'float32');
    const states = backend.makeOutput([T + 1, N, H], 'float32');
    const cells = backend.makeOutput([T + 1, N, H], 'float32');
    const work = backend.makeOutput([T, N, 5 * H], 'float32');
    if (N === 0 || T === 0 || H === 0)
        return [out, states, cells, work];
    const ctx = contextOf(backend);
    const gates = recurrentSimd(backend);
    const pb = packB(ctx, 'rnnPackU0', ptr(backend, recurrentKernel), 4 * H, 1, H, 4 * H);
    const pa = ctx.scratch.get('rnnPackA', Math.ceil(N / 4) * 4 * H);
    const tmp = ctx.scratch.get('rnnTile', 32);
    const acc = ctx.scratch.get('rnnAcc0', N * 4 * H);
    const sink = ctx.scratch.get('rnnSink', H);
    const step = recurrentActivation === 'hardSigmoid' ? gates.lstm_fwd_hardSigmoid : gates.lstm_fwd_sigmoid;
    const X = ptr(backend, xp);
    const B = ptr(backend, bias);
    const S = ptr(backend, states);
    const C = ptr(backend, cells);
    const Wk = ptr(backend, work);
    const O = ptr(backend, out);
    const heap = backend.wasm.HEAPU8; // after every allocation above
    const [h0p, c0p] = [ptr(backend, h0), ptr(backend, c0)];
    heap.copyWithin(S, h0p, h0p + 4 * N * H);
    heap.copyWithin(C, c0p, c0p + 4 * N * H);
    for (let s = 0; s < T; s++) {
        const t = goBackwards ? T - 1 - s : s;
        const h = S + 4 * s * N * H;
        const c = C + 4 * s * N * H;
        stepGemm(ctx, pa, tmp, h, H, N, H, pb, 4 * H, acc, 4 * H, false);
        step(X + 16 * t * H, T * 4 * H, B, acc, c, Wk + 20 * s * N * H, c + 4 * N * H, h + 4 * N * H, returnSequences ? O + 4 * s * H : sink, returnSequences ? T * H : 0, N, H);
    }
    if (!returnSequences)
        heap.copyWithin(O, S + 4 * T * N * H, S + 4 * (T + 1) * N * H);
    return [out, states, cells, work];
}
function lstmBackwardWasm(args) {
    const backend = args.backend;
    const { dy, recurrentKernel, states, cells, work } = args.inputs;
    const { goBackwards, returnSequences, recurrentActivation } = args.attrs;
    checkFloat32(LSTM_SEQUENCE_GRAD, dy, recurrentKernel, states, cells, work);
    const [T, N] = work.shape;
    const H = recurrentKernel.shape[0];
    const dxp = backend.makeOutput([N, T, 4 * H], 'float32');
    const dU = backend.makeOutput([H, 4 * H], 'float32');
    const db = backend.makeOutput([4 * H], 'float32');
    const dh0 = backend.makeOutput([N, H], 'float32');
    const dc0 = backend.makeOutput([N, H], 'float32');
    const outs = [dxp, dU, db, dh0, dc0];
    if (H === 0)
        return outs;
    const ctx = contextOf(backend);
    const gates = recurrentSimd(backend);
    // Uᵀ (4H×H): element (k, n) is U[n, k].
    const pbT = packB(ctx, 'rnnPackU0', ptr(backend, recurrentKernel), 1, 4 * H, 4 * H, H);
    const pa = ctx.scratch.get('rnnPackA', Math.ceil(N / 4) * 4 * 4 * H);
    const tmp = ctx.scratch.get('rnnTile', 32);
    const zeros = ctx.scratch.get('rnnSink', H);
    const DA = ctx.scratch.get('rnnGrad', Math.max(1, T * N * 4 * H));
    const step = recurrentActivation === 'hardSigmoid' ? gates.lstm_bwd_hardSigmoid : gates.lstm_bwd_sigmoid;
    const DY = ptr(backend, dy);
    const S = ptr(backend, states);
    const C = ptr(backend, cells);
    const Wk = ptr(backend, work);
    const DX = ptr(backend, dxp);
    // The gradients flowing into the previous h and c; after step 0 they are dh0 and dc0.
    const [dhc, dcc] = [ptr(backend, dh0), ptr(backend, dc0)];
    const heapF = backend.wasm.HEAPF32;
    heapF.fill(0, zeros / 4, zeros / 4 + H);
    heapF.fill(0, dhc / 4, dhc / 4 + N * H);
    heapF.fill(0, dcc / 4, dcc / 4 + N * H);
    for (let s = T - 1; s >= 0; s--) {
        const t = goBackwards ? T - 1 - s : s;
        const da = DA + 16 * s * N * H;
        const [dOut, ds] = returnSequences ? [DY + 4 * s * H, T * H] : s === T - 1 ? [DY, H] : [zeros, 0];
        step(dOut, ds, dhc, dcc, Wk + 20 * s * N * H, C + 4 * s * N * H, da, N, H);
        stepGemm(ctx, pa, tmp, da, 4 * H, N, 4 * H, pbT, H, dhc, H, false);
        gates.copy_rows(da, 4 * H, DX + 16 * t * H, T * 4 * H, N, 4 * H);
    }
    // dU = Σ_steps h_prevᵀ·dA over all N·T rows at once; db = Σ dA.
    gemm(ctx, H, 4 * H, T * N, { ptr: S, rs: 1, cs: H }, { ptr: DA, rs: 4 * H, cs: 1 }, ptr(backend, dU), 4 * H);
    ctx.simd.sum_rows(DA, T * N, 4 * H, ptr(backend, db));
    return outs;
}
const valuesOf = (backend, t) => backend.data.get(t.dataId).values;
const sigmoid = (x) => 1 / (1 + Math.exp(-x));
const hardSigmoid = (x) => Math.min(Math.max(0.5 + 0.2 * x, 0), 1);
const sigmoidGrad = (y) => y * (1 - y);
const hardSigmoidGrad = (y) => (y > 0 && y < 1 ? 0.2 : 0);
function gruForwardCpu(args) {
    const backend = args.backend;
    const inputs = args.inputs;
    const { goBackwards, returnSequences, recurrentActivation } = args.attrs;
    checkFloat32(GRU_SEQUENCE, inputs.xp, inputs.recurrentKernel, inputs.bias, inputs.h0);
    const { N, T, H } = sequenceDims(GRU_SEQUENCE, 3, inputs.xp, inputs.recurrentKernel);
    const [xp, U, b, h0] = [inputs.xp, inputs.recurrentKernel, inputs.bias, inputs.h0].map((t) => valuesOf(backend, t));
    const act = recurrentActivation === 'hardSigmoid' ? hardSigmoid : sigmoid;
    const H3 = 3 * H;
    const out = new Float32Array(returnSequences ? N * T * H : N * H);
    const states = new Float32Array((T + 1) * N * H);
    const work = new Float32Array(T * N * 4 * H);
    states.set(h0);
    const acc = new Float64Array(H3);
    for (let s = 0; s < T; s++) {
        const t = goBackwards ? T - 1 - s : s;
        for (let n = 0; n < N; n++) {
            const h = (s * N + n) * H;
            const w = (s * N + n) * 4 * H;
            const x = (n * T + t) * H3;
            acc.fill(0);
            for (let k = 0; k < H; k++) {
                const hk = states[h + k];
                for (let j = 0; j < 2 * H; j++)
                    acc[j] += hk * U[k * H3 + j];
            }
            for (let j = 0; j < 2 * H; j++)
                work[w + j] = act(xp[x + j] + b[j] + acc[j]);
            for (let j = 0; j < H; j++)
                work[w + 3 * H + j] = work[w + H + j] * states[h + j];
            for (let k = 0; k < H; k++) {
                const qk = work[w + 3 * H + k];
                for (let j = 0; j < H; j++)
                    acc[2 * H + j] += qk * U[k * H3 + 2 * H + j];
            }
            for (let j = 0; j < H; j++) {
                const hh = Math.tanh(xp[x + 2 * H + j] + b[2 * H + j] + acc[2 * H + j]);
                const z = work[w + j];
                work[w + 2 * H + j] = hh;
                const next = z * states[h + j] + (1 - z) * hh;
                states[h + N * H + j] = next;
                if (returnSequences)
                    out[(n * T + s) * H + j] = next;
            }
        }
    }
    if (!returnSequences)
        out.set(states.subarray(T * N * H));
    return [
        backend.makeTensorInfo(returnSequences ? [N, T, H] : [N, H], 'float32', out),
        backend.makeTensorInfo([T + 1, N, H], 'float32', states),
        backend.makeTensorInfo([T, N, 4 * H], 'float32', work),
    ];
}
function gruBackwardCpu(args) {
    const backend = args.backend;
    const inputs = args.inputs;
    const { goBackwards, returnSequences, recurrentActivation } = args.attrs;
    checkFloat32(GRU_SEQUENCE_GRAD, inputs.dy, inputs.recurrentKernel, inputs.states, inputs.work);
    const [T, N] = inputs.work.shape;
    const H = inputs.recurrentKernel.shape[0];
    const [dy, U, states, work] = [inputs.dy, inputs.recurrentKernel, inputs.states, inputs.work]
        .map((t) => valuesOf(backend, t));
    const grad = recurrentActivation === 'hardSigmoid' ? hardSigmoidGrad : sigmoidGrad;
    const H3 = 3 * H;
    const dxp = new Float32Array(N * T * H3);
    const dU = new Float64Array(H * H3);
    const db = new Float64Array(H3);
    const carry = new Float64Array(N * H);
    const dh = new Float64Array(H);
    const dq = new Float64Array(H);
    const da = new Float64Array(H3);
    for (let s = T - 1; s >= 0; s--) {
        const t = goBackwards ? T - 1 - s : s;
        for (let n = 0; n < N; n++) {
            const h = (s * N + n) * H;
            const w = (s * N + n) * 4 * H;
            for (let j = 0; j < H; j++) {
                let d = carry[n * H + j];
                if (returnSequences)
                    d += dy[(n * T + s) * H + j];
                else if (s === T - 1)
                    d += dy[n * H + j];
                dh[j] = d;
                const z = work[w + j];
                const hh = work[w + 2 * H + j];
                da[2 * H + j] = d * (1 - z) * (1 - hh * hh);
            }
            for (let k = 0; k < H; k++) {
                let sum = 0;
                for (let j = 0; j < H; j++)
                    sum += da[2 * H + j] * U[k * H3 + 2 * H + j];
                dq[k] = sum;
            }
            for (let j = 0; j < H; j++) {
                const z = work[w + j];
                const r = work[w + H + j];
                const hh = work[w + 2 * H + j];
                const hp = states[h + j];
                da[j] = dh[j] * (hp - hh) * grad(z);
                da[H + j] = dq[j] * hp * grad(r);
                carry[n * H + j] = dq[j] * r + dh[j] * z;
            }
            for (let k = 0; k < H; k++) {
                let sum = 0;
                for (let j = 0; j < 2 * H; j++)
                    sum += da[j] * U[k * H3 + j];
                carry[n * H + k] += sum;
            }
            for (let k = 0; k < H; k++) {
                const hk = states[h + k];
                const qk = work[w + 3 * H + k];
                for (let j = 0; j < 2 * H; j++)
                    dU[k * H3 + j] += hk * da[j];
                for (let j = 2 * H; j < H3; j++)
                    dU[k * H3 + j] += qk * da[j];
            }
            for (let j = 0; j < H3; j++) {
                db[j] += da[j];
                dxp[(n * T + t) * H3 + j] = da[j];
            }
        }
    }
    return [
        backend.makeTensorInfo([N, T, H3], 'float32', dxp),
        backend.makeTensorInfo([H, H3], 'float32', Float32Array.from(dU)),
        backend.makeTensorInfo([H3], 'float32', Float32Array.from(db)),
        backend.makeTensorInfo([N, H], 'float32', Float32Array.from(carry)),
    ];
}
function lstmForwardCpu(args) {
    const backend = args.backend;
    const inputs = args.inputs;
    const { goBackwards, returnSequences, recurrentActivation } = args.attrs;
    checkFloat32(LSTM_SEQUENCE, inputs.xp, inputs.recurrentKernel, inputs.bias, inputs.h0, inputs.c0);
    const { N, T, H } = sequenceDims(LSTM_SEQUENCE, 4, inputs.xp, inputs.recurrentKernel);
    const [xp, U, b, h0, c0] = [inputs.xp, inputs.recurrentKernel, inputs.bias, inputs.h0, inputs.c0]
        .map((t) => valuesOf(backend, t));
    const act = recurrentActivation === 'hardSigmoid' ? hardSigmoid : sigmoid;
    const H4 = 4 * H;
    const out = new Float32Array(returnSequences ? N * T * H : N * H);
    const states = new Float32Array((T + 1) * N * H);
    const cells = new Float32Array((T + 1) * N * H);
    const work = new Float32Array(T * N * 5 * H);
    states.set(h0);
    cells.set(c0);
    const acc = new Float64Array(H4);
    for (let s = 0; s < T; s++) {
        const t = goBackwards ? T - 1 - s : s;
        for (let n = 0; n < N; n++) {
            const h = (s * N + n) * H;
            const w = (s * N + n) * 5 * H;
            const x = (n * T + t) * H4;
            acc.fill(0);
            for (let k = 0; k < H; k++) {
                const hk = states[h + k];
                for (let j = 0; j < H4; j++)
                    acc[j] += hk * U[k * H4 + j];
            }
            for (let j = 0; j < H; j++) {
                const i = act(xp[x + j] + b[j] + acc[j]);
                const f = act(xp[x + H + j] + b[H + j] + acc[H + j]);
                const g = Math.tanh(xp[x + 2 * H + j] + b[2 * H + j] + acc[2 * H + j]);
                const o = act(xp[x + 3 * H + j] + b[3 * H + j] + acc[3 * H + j]);
                const c = f * cells[h + j] + i * g;
                const tc = Math.tanh(c);
                work[w + j] = i;
                work[w + H + j] = f;
                work[w + 2 * H + j] = g;
                work[w + 3 * H + j] = o;
                work[w + 4 * H + j] = tc;
                cells[h + N * H + j] = c;
                states[h + N * H + j] = o * tc;
                if (returnSequences)
                    out[(n * T + s) * H + j] = o * tc;
            }
        }
    }
    if (!returnSequences)
        out.set(states.subarray(T * N * H));
    return [
        backend.makeTensorInfo(returnSequences ? [N, T, H] : [N, H], 'float32', out),
        backend.makeTensorInfo([T + 1, N, H], 'float32', states),
        backend.makeTensorInfo([T + 1, N, H], 'float32', cells),
        backend.makeTensorInfo([T, N, 5 * H], 'float32', work),
    ];
}
function lstmBackwardCpu(args) {
    const backend = args.backend;
    const inputs = args.inputs;
    const { goBackwards, returnSequences, recurrentActivation } = args.attrs;
    checkFloat32(LSTM_SEQUENCE_GRAD, inputs.dy, inputs.recurrentKernel, inputs.states, inputs.cells, inputs.work);
    const [T, N] = inputs.work.shape;
    const H = inputs.recurrentKernel.shape[0];
    const [dy, U, states, cells, work] = [inputs.dy, inputs.recurrentKernel, inputs.states, inputs.cells, inputs.work]
        .map((t) => valuesOf(backend, t));
    const grad = recurrentActivation === 'hardSigmoid' ? hardSigmoidGrad : sigmoidGrad;
    const H4 = 4 * H;
    const dxp = new Float32Array(N * T * H4);
    const dU = new Float64Array(H * H4);
    const db = new Float64Array(H4);
    const dhCarry = new Float64Array(N * H);
    const dcCarry = new Float64Array(N * H);
    const da = new Float64Array(H4);
    for (let s = T - 1; s >= 0; s--) {
        const t = goBackwards ? T - 1 - s : s;
        for (let n = 0; n < N; n++) {
            const h = (s * N + n) * H;
            const w = (s * N + n) * 5 * H;
            for (let j = 0; j < H; j++) {
                let dh = dhCarry[n * H + j];
                if (returnSequences)
                    dh += dy[(n * T + s) * H + j];
                else if (s === T - 1)
                    dh += dy[n * H + j];
                const [i, f, g, o, tc] = [0, 1, 2, 3, 4].map((q) => work[w + q * H + j]);
                const dc = dcCarry[n * H + j] + dh * o * (1 - tc * tc);
                da[j] = dc * g * grad(i);
                da[H + j] = dc * cells[h + j] * grad(f);
                da[2 * H + j] = dc * i * (1 - g * g);
                da[3 * H + j] = dh * tc * grad(o);
                dcCarry[n * H + j] = dc * f;
            }
            for (let k = 0; k < H; k++) {
                let sum = 0;
                for (let j = 0; j < H4; j++)
                    sum += da[j] * U[k * H4 + j];
                dhCarry[n * H + k] = sum;
                const hk = states[h + k];
                for (let j = 0; j < H4; j++)
                    dU[k * H4 + j] += hk * da[j];
            }
            for (let j = 0; j < H4; j++) {
                db[j] += da[j];
                dxp[(n * T + t) * H4 + j] = da[j];
            }
        }
    }
    return [
        backend.makeTensorInfo([N, T, H4], 'float32', dxp),
        backend.makeTensorInfo([H, H4], 'float32', Float32Array.from(dU)),
        backend.makeTensorInfo([H4], 'float32', Float32Array.from(db)),
        backend.makeTensorInfo([N, H], 'float32', Float32Array.from(dhCarry)),
        backend.makeTensorInfo([N, H], 'float32', Float32Array.from(dcCarry)),
    ];
}
const config = (kernelName, backendName, f) => ({
    kernelName, backendName, kernelFunc: f,
});
/** The wasm kernels (registered with the other training kernels, see index.ts). */
export const recurrentWasmKernelConfigs = [
    config(GRU_SEQUENCE, 'wasm', gruForwardWasm),
    config(GRU_SEQUENCE_GRAD, 'wasm', gruBackwardWasm),
    config(LSTM_SEQUENCE, 'wasm', lstmForwardWasm),
    config(LSTM_SEQUENCE_GRAD, 'wasm', lstmBackwardWasm),
];
/** The cpu kernels: the same ops for tfjs-backend-cpu, so the fused layers run (and are tested) there too. */
export const recurrentCpuKernelConfigs = [
    config(GRU_SEQUENCE, 'cpu', gruForwardCpu),
    config(GRU_SEQUENCE_GRAD, 'cpu', gruBackwardCpu),
    config(LSTM_SEQUENCE, 'cpu', lstmForwardCpu),
    config(LSTM_SEQUENCE_GRAD, 'cpu', lstmBackwardCpu),
];
//# sourceMappingURL=recurrent.js.map