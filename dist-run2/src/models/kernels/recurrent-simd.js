/**
 * The elementwise half of our fused recurrent kernels (`recurrent.ts`): GRU and LSTM gate math for one time step,
 * forward and backward, in WebAssembly SIMD over the wasm backend's heap. The matrix products of each step run on
 * our GEMM (`simd.ts`); these functions do everything between two products, one call per step, so a whole
 * sequence costs a few wasm calls per step instead of ~40 tfjs kernels.
 *
 * Layout (all float32, pointers are byte offsets, strides in floats): every function walks rows n < N, and in each
 * row the H units of a gate, four at a time while four fit and then one at a time, so any H works. Each loop body
 * is written once, as a template over {f32x4, f32}, and emitted for both.
 *
 * tanh is Eigen's rational approximation (`generic_fast_tanh_float`, Eigen/src/Core/MathFunctionsImpl.h, the one
 * TensorFlow's CPU kernels use): x·P(x²)/Q(x²) with x clamped to ±7.9053, max error 3.3e-7 against Math.tanh over
 * [-12, 12]. WebAssembly has no exp, and this needs only mul/add/div. sigmoid(x) = 0.5 + 0.5·tanh(x/2) (max error
 * 2.3e-7); 'hardSigmoid' is tfjs-layers' clip(0.2x + 0.5, 0, 1).
 */
import { assemble } from '../../wasm/asm.js';
import { forRange, forVectors, get, memoryModule } from '../../wasm/wat.js';
import { instantiateOnMemory, WebAssemblyJs } from '../../wasm/api.js';
const VEC = {
    vec: true, ty: 'v128', op: 'f32x4', bytes: 16, load: 'v128.load align=4', store: 'v128.store align=4',
    c: (x) => `v128.const f32x4 ${x} ${x} ${x} ${x}`,
};
const ONE = {
    vec: false, ty: 'f32', op: 'f32', bytes: 4, load: 'f32.load', store: 'f32.store', c: (x) => `f32.const ${x}`,
};
/** The local holding value `name` in lane set `l` (each value has a v128 and an f32 local). */
const v = (l, name) => `$${name}_${l.vec ? 'v' : 's'}`;
/** Pushes the value at byte address `local + (offsetLocal ?? 0)`. */
const ld = (l, p, off) => `local.get $${p} ${off ? `local.get $${off} i32.add ` : ''}${l.load}`;
/** Stores the value pushed by `value` at `local + (offsetLocal ?? 0)`. */
const st = (l, p, value, off) => `local.get $${p} ${off ? `local.get $${off} i32.add ` : ''}${value} ${l.store}`;
/** Eigen's generic_fast_tanh_float coefficients: numerator α1..α13 (odd powers), denominator β0..β6 (even). */
const TANH_ALPHA = [4.89352455891786e-03, 6.37261928875436e-04, 1.48572235717979e-05, 5.12229709037114e-08,
    -8.60467152213735e-11, 2.00018790482477e-13, -2.76076847742355e-16];
const TANH_BETA = [4.89352518554385e-03, 2.26843463243900e-03, 1.18534705686654e-04, 1.19825839466702e-06];
const TANH_CLAMP = 7.90531110763549805;
/** tanh of the value `x` pushes, left on the stack. Uses the locals tx and tx2. */
const tanh = (l, x) => {
    const o = l.op;
    const tx = v(l, 'tx');
    const tx2 = v(l, 'tx2');
    const horner = (coeffs, end) => {
        const rev = [...coeffs].reverse();
        return `${l.c(rev[0])} ${rev.slice(1).map((c) => `local.get ${tx2} ${o}.mul ${l.c(c)} ${o}.add`).join(' ')} ${end}`;
    };
    return `${x} ${l.c(-TANH_CLAMP)} ${o}.max ${l.c(TANH_CLAMP)} ${o}.min local.tee ${tx}
    local.get ${tx} ${o}.mul local.set ${tx2}
    ${horner(TANH_ALPHA, `local.get ${tx} ${o}.mul`)}
    ${horner(TANH_BETA, '')}
    ${o}.div`;
};
/** The recurrent (gate) activation of the value `x` pushes. */
const gate = (l, act, x) => act === 'sigmoid'
    ? `${l.c(0.5)} ${tanh(l, `${x} ${l.c(0.5)} ${l.op}.mul`)} ${l.op}.mul ${l.c(0.5)} ${l.op}.add`
    : `${l.c(0.5)} ${l.c(0.2)} ${x} ${l.op}.mul ${l.op}.add ${l.c(0)} ${l.op}.max ${l.c(1)} ${l.op}.min`;
/**
 * The activation's derivative from its output y (in local `y`): y(1-y) for sigmoid; 0.2 inside (0, 1) for
 * hardSigmoid, 0 where it clipped (tfjs' clipByValue passes the gradient at the bounds themselves too: a set of
 * measure zero we ignore, as the output alone cannot tell a bound from a clip).
 */
const gateGrad = (l, act, y) => {
    if (act === 'sigmoid')
        return `local.get ${y} ${l.c(1)} local.get ${y} ${l.op}.sub ${l.op}.mul`;
    return l.vec
        ? `local.get ${y} ${l.c(0)} f32x4.gt local.get ${y} ${l.c(1)} f32x4.lt v128.and ${l.c(0.2)} v128.and`
        : `f32.const 0.2 f32.const 0 local.get ${y} f32.const 0 f32.gt local.get ${y} f32.const 1 f32.lt i32.and select`;
};
/** Every value local a body may use, declared for both lane sets. */
const VALUES = ['tx', 'tx2', 'a', 'b', 'c', 'd', 'e', 'g', 'o', 'y', 'z'];
/**
 * for n < $N: each pointer = base + 4·n·stride; for j < $H (4 lanes while 4 fit, then 1): body; pointers advance.
 * Bases and strides are code (e.g. 'local.get $x' or 'local.get $H i32.const 4 i32.mul'); stride '' means the
 * same row for every n (a bias).
 */
const rowLoop = ({ ptrs, body }) => {
    const advance = (bytes) => ptrs.map(([p]) => `local.get $${p} i32.const ${bytes} i32.add local.set $${p}`).join(' ');
    const inner = (l) => forVectors('j', 'local.get $H', l.vec ? 4 : 1, `
        ${body(l)}
        ${advance(l.bytes)}`, { from: null });
    return forRange('n', 'local.get $N', `
      ${ptrs.map(([p, base, stride]) => stride
        ? `${base} local.get $n ${stride} i32.mul i32.const 2 i32.shl i32.add local.set $${p}`
        : `${base} local.set $${p}`).join('\n      ')}
      i32.const 0 local.set $j
      ${inner(VEC)}
      ${inner(ONE)}`);
};
/** A function over rows: params (i32), the pointer locals its loop uses, and $Hb…$H4b = H·{1,2,3,4}·4 bytes. */
const func = (name, params, ptrs, body) => `
  (func $${name} (export "${name}") ${params.map((p) => `(param $${p} i32)`).join(' ')}
    (local $n i32) (local $j i32) (local $Hb i32) (local $H2b i32) (local $H3b i32) (local $H4b i32)
    ${ptrs.map((p) => `(local $${p} i32)`).join(' ')}
    ${VALUES.map((x) => `(local $${x}_v v128) (local $${x}_s f32)`).join(' ')}
    local.get $H i32.const 2 i32.shl local.set $Hb
    local.get $H i32.const 3 i32.shl local.set $H2b
    local.get $Hb local.get $H2b i32.add local.set $H3b
    local.get $H i32.const 4 i32.shl local.set $H4b
    ${body}
  )`;
const times = (k) => `local.get $H i32.const ${k} i32.mul`;
/*
 * GRU (tfjs-layers' GRUCell, reset gate applied before the recurrent product): per step, with xp = x·W and the
 * recurrent kernel U = [Uz | Ur | Uh],
 *   z = σ(xp_z + b_z + h·Uz), r = σ(xp_r + b_r + h·Ur), q = r ⊙ h,
 *   hh = tanh(xp_h + b_h + q·Uh), h' = z ⊙ h + (1 - z) ⊙ hh.
 * The step's workspace row holds [z | r | hh | q] (4H floats per sample) for the backward pass.
 */
const gruForwardZr = (act) => func(`gru_fwd_zr_${act}`, ['xp', 'xs', 'bias', 'acc', 'h', 'w', 'N', 'H'], ['px', 'pb', 'pa', 'ph', 'pw'], rowLoop({
    // xp row n of this step (stride xs), the bias, h·[Uz | Ur] (2H per row), h (H per row), workspace (4H per row).
    ptrs: [['px', get('xp'), get('xs')], ['pb', get('bias'), ''], ['pa', get('acc'), times(2)],
        ['ph', get('h'), get('H')], ['pw', get('w'), times(4)]],
    body: (l) => `
      ${st(l, 'pw', gate(l, act, `${ld(l, 'px')} ${ld(l, 'pb')} ${l.op}.add ${ld(l, 'pa')} ${l.op}.add`))}
      ${gate(l, act, `${ld(l, 'px', 'Hb')} ${ld(l, 'pb', 'Hb')} ${l.op}.add ${ld(l, 'pa', 'Hb')} ${l.op}.add`)}
      local.set ${v(l, 'y')}
      ${st(l, 'pw', `local.get ${v(l, 'y')}`, 'Hb')}
      ${st(l, 'pw', `local.get ${v(l, 'y')} ${ld(l, 'ph')} ${l.op}.mul`, 'H3b')}`,
}));
/** hh and the new state; the state also goes to `out` (row stride os: the layer's output sequence, or a sink). */
const gruForwardH = func('gru_fwd_h', ['xp', 'xs', 'bias', 'acc', 'h', 'w', 'hn', 'out', 'os', 'N', 'H'], ['px', 'pb', 'pa', 'ph', 'pw', 'pn', 'po'], rowLoop({
    ptrs: [['px', `${get('xp')} ${get('H2b')} i32.add`, get('xs')], ['pb', `${get('bias')} ${get('H2b')} i32.add`, ''],
        ['pa', get('acc'), get('H')], ['ph', get('h'), get('H')], ['pw', get('w'), times(4)],
        ['pn', get('hn'), get('H')], ['po', get('out'), get('os')]],
    body: (l) => {
        const o = l.op;
        const [hh, z] = [v(l, 'a'), v(l, 'z')];
        return `
      ${tanh(l, `${ld(l, 'px')} ${ld(l, 'pb')} ${o}.add ${ld(l, 'pa')} ${o}.add`)} local.set ${hh}
      ${st(l, 'pw', `local.get ${hh}`, 'H2b')}
      ${ld(l, 'pw')} local.set ${z}
      ;; z·h + (1 - z)·hh, in tfjs' order
      local.get ${z} ${ld(l, 'ph')} ${o}.mul ${l.c(1)} local.get ${z} ${o}.sub local.get ${hh} ${o}.mul ${o}.add
      local.set ${v(l, 'y')}
      ${st(l, 'pn', `local.get ${v(l, 'y')}`)}
      ${st(l, 'po', `local.get ${v(l, 'y')}`)}`;
    },
}));
/**
 * Backward, first half of a step: dh = carry + dOut (dOut row stride ds: 0 with a zero row when the step has no
 * output gradient), and the candidate's pre-activation gradient dA_h = dh ⊙ (1 - z) ⊙ (1 - hh²) into da[:, 2H:3H].
 */
const gruBackwardH = func('gru_bwd_h', ['dout', 'ds', 'carry', 'w', 'dh', 'da', 'N', 'H'], ['pd', 'pc', 'pw', 'ph', 'pa'], rowLoop({
    ptrs: [['pd', get('dout'), get('ds')], ['pc', get('carry'), get('H')], ['pw', get('w'), times(4)],
        ['ph', get('dh'), get('H')], ['pa', `${get('da')} ${get('H2b')} i32.add`, times(3)]],
    body: (l) => {
        const o = l.op;
        const [d, hh] = [v(l, 'd'), v(l, 'a')];
        return `
      ${ld(l, 'pc')} ${ld(l, 'pd')} ${o}.add local.set ${d}
      ${st(l, 'ph', `local.get ${d}`)}
      ${ld(l, 'pw', 'H2b')} local.set ${hh}
      ${st(l, 'pa', `local.get ${d} ${l.c(1)} ${ld(l, 'pw')} ${o}.sub ${o}.mul
        ${l.c(1)} local.get ${hh} local.get ${hh} ${o}.mul ${o}.sub ${o}.mul`)}`;
    },
}));
/**
 * Backward, second half: with dq = dA_h·Uhᵀ, dA_z = dh ⊙ (h - hh) ⊙ σ'(z) and dA_r = (dq ⊙ h) ⊙ σ'(r) into
 * da[:, 0:2H], and the carry to the previous step's state, dq ⊙ r + dh ⊙ z (the caller adds dA_zr·[Uz | Ur]ᵀ).
 */
const gruBackwardZr = (act) => func(`gru_bwd_zr_${act}`, ['dh', 'dq', 'h', 'w', 'da', 'carry', 'N', 'H'], ['pd', 'pq', 'ph', 'pw', 'pa', 'pc'], rowLoop({
    ptrs: [['pd', get('dh'), get('H')], ['pq', get('dq'), get('H')], ['ph', get('h'), get('H')],
        ['pw', get('w'), times(4)], ['pa', get('da'), times(3)], ['pc', get('carry'), get('H')]],
    body: (l) => {
        const o = l.op;
        const [d, g, hp, z, y] = [v(l, 'd'), v(l, 'g'), v(l, 'b'), v(l, 'z'), v(l, 'y')];
        return `
      ${ld(l, 'pd')} local.set ${d}
      ${ld(l, 'pq')} local.set ${g}
      ${ld(l, 'ph')} local.set ${hp}
      ${ld(l, 'pw')} local.set ${z}
      ${ld(l, 'pw', 'Hb')} local.set ${y}
      ${st(l, 'pa', `local.get ${g} local.get ${hp} ${o}.mul ${gateGrad(l, act, y)} ${o}.mul`, 'Hb')}
      ${st(l, 'pc', `local.get ${g} local.get ${y} ${o}.mul local.get ${d} local.get ${z} ${o}.mul ${o}.add`)}
      local.get ${z} local.set ${y}
      ${st(l, 'pa', `local.get ${d} local.get ${hp} ${ld(l, 'pw', 'H2b')} ${o}.sub ${o}.mul
        ${gateGrad(l, act, y)} ${o}.mul`)}`;
    },
}));
/*
 * LSTM (tfjs-layers' LSTMCell): with xp = x·W and U = [Ui | Uf | Uc | Uo],
 *   [ai | af | ag | ao] = xp + b + h·U, i = σ(ai), f = σ(af), g = tanh(ag), o = σ(ao),
 *   c' = f ⊙ c + i ⊙ g, h' = o ⊙ tanh(c').
 * The step's workspace row holds [i | f | g | o | tanh(c')] (5H floats per sample).
 */
const lstmForward = (act) => func(`lstm_fwd_${act}`, ['xp', 'xs', 'bias', 'acc', 'c', 'w', 'cn', 'hn', 'out', 'os', 'N', 'H'], ['px', 'pb', 'pa', 'pc', 'pw', 'pcn', 'phn', 'po'], rowLoop({
    ptrs: [['px', get('xp'), get('xs')], ['pb', get('bias'), ''], ['pa', get('acc'), times(4)],
        ['pc', get('c'), get('H')], ['pw', get('w'), times(5)], ['pcn', get('cn'), get('H')],
        ['phn', get('hn'), get('H')], ['po', get('out'), get('os')]],
    body: (l) => {
        const o = l.op;
        const pre = (off) => `${ld(l, 'px', off)} ${ld(l, 'pb', off)} ${o}.add ${ld(l, 'pa', off)} ${o}.add`;
        const [i, f, g, og, c, y] = [v(l, 'a'), v(l, 'b'), v(l, 'g'), v(l, 'o'), v(l, 'c'), v(l, 'y')];
        return `
      ${gate(l, act, pre())} local.set ${i}
      ${gate(l, act, pre('Hb'))} local.set ${f}
      ${tanh(l, pre('H2b'))} local.set ${g}
      ${gate(l, act, pre('H3b'))} local.set ${og}
      ;; c' = f·c + i·g, in tfjs' order
      local.get ${f} ${ld(l, 'pc')} ${o}.mul local.get ${i} local.get ${g} ${o}.mul ${o}.add local.set ${c}
      ${tanh(l, `local.get ${c}`)} local.set ${y}
      ${st(l, 'pw', `local.get ${i}`)}
      ${st(l, 'pw', `local.get ${f}`, 'Hb')}
      ${st(l, 'pw', `local.get ${g}`, 'H2b')}
      ${st(l, 'pw', `local.get ${og}`, 'H3b')}
      ${st(l, 'pw', `local.get ${y}`, 'H4b')}
      ${st(l, 'pcn', `local.get ${c}`)}
      local.get ${og} local.get ${y} ${o}.mul local.set ${y}
      ${st(l, 'phn', `local.get ${y}`)}
      ${st(l, 'po', `local.get ${y}`)}`;
    },
}));
/**
 * LSTM backward for one step: dh = dhCarry + dOut, dc = dcCarry + dh ⊙ o ⊙ (1 - tanh(c')²); the pre-activation
 * gradients [dai | daf | dag | dao] into da (4H per row), and dcCarry = dc ⊙ f (the caller then sets
 * dhCarry = da·Uᵀ).
 */
const lstmBackward = (act) => func(`lstm_bwd_${act}`, ['dout', 'ds', 'dhc', 'dcc', 'w', 'c', 'da', 'N', 'H'], ['pd', 'ph', 'pk', 'pw', 'pc', 'pa'], rowLoop({
    ptrs: [['pd', get('dout'), get('ds')], ['ph', get('dhc'), get('H')], ['pk', get('dcc'), get('H')],
        ['pw', get('w'), times(5)], ['pc', get('c'), get('H')], ['pa', get('da'), times(4)]],
    body: (l) => {
        const o = l.op;
        const [dh, dc, g, y, tc] = [v(l, 'd'), v(l, 'e'), v(l, 'g'), v(l, 'y'), v(l, 'c')];
        return `
      ${ld(l, 'ph')} ${ld(l, 'pd')} ${o}.add local.set ${dh}
      ${ld(l, 'pw', 'H4b')} local.set ${tc}
      ${ld(l, 'pw', 'H3b')} local.set ${y}
      ;; dao = dh·tanh(c')·σ'(o)
      ${st(l, 'pa', `local.get ${dh} local.get ${tc} ${o}.mul ${gateGrad(l, act, y)} ${o}.mul`, 'H3b')}
      ${ld(l, 'pk')} local.get ${dh} local.get ${y} ${o}.mul ${l.c(1)} local.get ${tc} local.get ${tc} ${o}.mul
      ${o}.sub ${o}.mul ${o}.add local.set ${dc}
      ${ld(l, 'pw', 'H2b')} local.set ${g}
      ${ld(l, 'pw')} local.set ${y}
      ;; dai = dc·g·σ'(i), dag = dc·i·(1 - g²)
      ${st(l, 'pa', `local.get ${dc} local.get ${g} ${o}.mul ${gateGrad(l, act, y)} ${o}.mul`)}
      ${st(l, 'pa', `local.get ${dc} local.get ${y} ${o}.mul ${l.c(1)} local.get ${g} local.get ${g} ${o}.mul ${o}.sub
        ${o}.mul`, 'H2b')}
      ${ld(l, 'pw', 'Hb')} local.set ${y}
      ;; daf = dc·c·σ'(f), dcCarry = dc·f
      ${st(l, 'pa', `local.get ${dc} ${ld(l, 'pc')} ${o}.mul ${gateGrad(l, act, y)} ${o}.mul`, 'Hb')}
      ${st(l, 'pk', `local.get ${dc} local.get ${y} ${o}.mul`)}`;
    },
}));
/** dst row n (stride ds) = src row n (stride ss), `cols` floats each, n < rows. */
const copyRows = `
  (func $copy_rows (export "copy_rows")
    (param $src i32) (param $ss i32) (param $dst i32) (param $ds i32) (param $rows i32) (param $cols i32)
    (local $n i32)
    block $done loop $top
      local.get $n local.get $rows i32.ge_s br_if $done
      local.get $dst local.get $n local.get $ds i32.mul i32.const 2 i32.shl i32.add
      local.get $src local.get $n local.get $ss i32.mul i32.const 2 i32.shl i32.add
      local.get $cols i32.const 2 i32.shl
      memory.copy
      local.get $n i32.const 1 i32.add local.set $n
      br $top
    end end
  )`;
const ACTIVATIONS = ['sigmoid', 'hardSigmoid'];
const WAT = memoryModule(`
  ${ACTIVATIONS.map(gruForwardZr).join('\n')}
  ${gruForwardH}
  ${gruBackwardH}
  ${ACTIVATIONS.map(gruBackwardZr).join('\n')}
  ${ACTIVATIONS.map(lstmForward).join('\n')}
  ${ACTIVATIONS.map(lstmBackward).join('\n')}
  ${copyRows}
`);
let compiled;
/** Our recurrent gate kernels over `memory` (the wasm backend's heap); compiled once per process. */
export function instantiateRecurrentSimd(memory) {
    compiled ??= new WebAssemblyJs.Module(assemble(WAT));
    return instantiateOnMemory(compiled, memory);
}
/** The WAT source, for reading and for tests. */
export const RECURRENT_WAT = WAT;
//# sourceMappingURL=recurrent-simd.js.map