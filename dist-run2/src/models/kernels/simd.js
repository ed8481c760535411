/**
 * Our SIMD kernels, written in WebAssembly text (assembled by `../../wasm/asm.ts`, loops from `../../wasm/wat.ts`)
 * and instantiated against the wasm backend's own memory, so they read and write tensors where the backend keeps
 * them: no copies in or out.
 *
 * All pointers are byte offsets into that memory; all strides and sizes are in float32 elements unless a name ends
 * in `b` (bytes).
 *
 * GEMM follows the usual packed scheme (Goto & van de Geijn, "Anatomy of high-performance matrix multiplication",
 * 2008; the same shape as XNNPACK's and BLIS's): A is packed into panels of 4 rows, B into panels of 8 columns, each
 * laid out k-major, and a 4×8 micro-kernel keeps its 32 results in 8 SIMD registers while it walks k.
 */
import { setFlagsFromString } from 'node:v8';
import { instantiateOnMemory, WebAssemblyJs } from '../../wasm/api.js';
import { assemble } from '../../wasm/asm.js';
import { forRange, forVectors, inRange, memoryModule, whileLoop } from '../../wasm/wat.js';
/** Rows of A and columns of B handled by one micro-kernel call. */
export const MR = 4;
export const NR = 8;
const ROWS = [0, 1, 2, 3];
/** acc[r][h] is the accumulator for row r, columns 4h..4h+3 of the 4×8 tile. */
const acc = (r, h) => `$c${r}${h}`;
/**
 * Packs lines (pack_a's rows of A, pack_b's columns of B) one at a time, from the current $v up to $pad, into
 * panels of `width` lines laid out k-major: element k of line v goes to dst + (((v / width)·K + k)·width +
 * v % width)·4. `start` pushes line v's first source address and `srcStep` the byte stride along it (code); lines
 * at or past $count lie past the matrix edge and get zeros.
 */
const packLines = (v, count, pad, width, start, srcStep) => {
    const shift = Math.log2(width);
    return forRange(v, `local.get $${pad}`, `
      local.get $dst
      local.get $${v} i32.const ${shift} i32.shr_u local.get $K i32.mul i32.const ${shift + 2} i32.shl i32.add
      local.get $${v} i32.const ${width - 1} i32.and i32.const 2 i32.shl i32.add
      local.set $d
      i32.const 0 local.set $k
      local.get $${v} local.get $${count} i32.lt_s
      if
        ${start} local.set $s
        ${forRange('k', 'local.get $K', `
          local.get $d local.get $s f32.load f32.store
          local.get $s ${srcStep} i32.add local.set $s
          local.get $d i32.const ${4 * width} i32.add local.set $d`, { from: null })}
      else
        ${forRange('k', 'local.get $K', `
          local.get $d f32.const 0 f32.store
          local.get $d i32.const ${4 * width} i32.add local.set $d`, { from: null })}
      end`, { from: null });
};
/**
 * c += a·b on f32x4 locals. With relaxed SIMD (on by default from Node 22; Node 20 behind
 * --experimental-wasm-relaxed-simd) this is one fused multiply-add, ~1.3× faster GEMM here; otherwise mul then add.
 */
const madd = (fma, c, a, b) => fma
    ? `local.get ${a} local.get ${b} local.get ${c} f32x4.relaxed_madd local.set ${c}`
    : `local.get ${c} local.get ${a} local.get ${b} f32x4.mul f32x4.add local.set ${c}`;
/**
 * The convolution geometry im2col and col2im share (channels last, images [nimg, H, W, C], C·4 bytes a pixel in
 * $cb): for each image n ($img = the local named `images` + n·H·W·$cb), output pixel (oh, ow) and tap (kh, kw),
 * with $ih, $iw the input pixel the tap reads, runs `tap` with an i32 on the stack: 1 when that pixel is inside
 * the image (else it is padding).
 */
const forEachTap = (images, tap) => `
    ${forRange('n', 'local.get $nimg', `
      local.get $${images} local.get $n local.get $H i32.mul local.get $W i32.mul local.get $cb i32.mul i32.add
      local.set $img
      ${forRange('oh', 'local.get $OH', forRange('ow', 'local.get $OW', forRange('kh', 'local.get $KH', `
        local.get $oh local.get $sh i32.mul local.get $pt i32.sub local.get $kh local.get $dh i32.mul i32.add
        local.set $ih
        ${forRange('kw', 'local.get $KW', `
          local.get $ow local.get $sw i32.mul local.get $pl i32.sub local.get $kw local.get $dw i32.mul i32.add
          local.set $iw
          ${inRange('ih', 'local.get $H')} ${inRange('iw', 'local.get $W')} i32.and
          ${tap}`)}`)))}`)}`;
/**
 * im2col's and col2im's signature: `first` the buffer read, `last` the one written, the geometry between them;
 * $cb = C·4 (bytes a pixel) is set before `body`.
 */
const convFunc = (name, first, last, body) => `
  (func $${name} (export "${name}")
    (param $${first} i32) (param $nimg i32) (param $H i32) (param $W i32) (param $C i32) (param $KH i32) (param $KW i32)
    (param $sh i32) (param $sw i32) (param $dh i32) (param $dw i32) (param $pt i32) (param $pl i32)
    (param $OH i32) (param $OW i32) (param $${last} i32)
    (local $n i32) (local $oh i32) (local $ow i32) (local $kh i32) (local $kw i32) (local $ih i32) (local $iw i32)
    (local $cb i32) (local $img i32)
    local.get $C i32.const 2 i32.shl local.set $cb
    ${body}
  )`;
/** Pushes 4·$v added to the address on the stack (float32 index → byte offset). */
const at = (v) => `local.get $${v} i32.const 2 i32.shl i32.add`;
/** $v = the float32 at $scalar, splatted; then out[i … i+4) = `vec` (code pushing an f32x4 for $i) while 4 fit. */
const splatLoop = (scalar, vec) => `
        local.get $${scalar} v128.load32_splat local.set $v
        ${forVectors('i', 'local.get $n', 4, `
          local.get $out ${at('i')}
          ${vec}
          v128.store align=4`, { from: null })}`;
/** Elementwise float32 ops: [exported name suffix, f32 / f32x4 op name without its type prefix]. */
const BINARY_OPS = [['add', 'add'], ['sub', 'sub'], ['mul', 'mul'], ['div', 'div']];
/**
 * out[i] = a[i mod an] OP b[i mod bn], i < n, where each operand is either whole (size n), a row repeated along
 * the leading axes (its size divides n), or a scalar (size 1, splatted). out may alias a or b.
 */
const binop = (name, op) => `
  (func $binop_${name} (export "binop_${name}")
    (param $a i32) (param $an i32) (param $b i32) (param $bn i32) (param $out i32) (param $n i32)
    (local $i i32) (local $j i32) (local $len i32) (local $ao i32) (local $bo i32) (local $o i32) (local $v v128)
    local.get $an i32.const 1 i32.eq local.get $bn i32.const 1 i32.eq i32.or
    if
      ;; One scalar operand: splat it, walk the other. (Both scalars: n = 1, the scalar tail does it.)
      local.get $bn i32.const 1 i32.eq
      if
        ${splatLoop('b', `local.get $a ${at('i')} v128.load align=4 local.get $v f32x4.${op}`)}
      else
        ${splatLoop('a', `local.get $v local.get $b ${at('i')} v128.load align=4 f32x4.${op}`)}
      end
      ${forRange('i', 'local.get $n', `
        local.get $out ${at('i')}
        local.get $a local.get $i local.get $an i32.rem_u i32.const 2 i32.shl i32.add f32.load
        local.get $b local.get $i local.get $bn i32.rem_u i32.const 2 i32.shl i32.add f32.load
        f32.${op} f32.store`, { from: null })}
      return
    end
    ;; Rows of the shorter period; both operands restart at the same row boundaries.
    local.get $an local.get $bn local.get $an local.get $bn i32.lt_s select local.set $len
    ${whileLoop('rows', 'local.get $i local.get $n i32.ge_s', `
      local.get $a local.get $i local.get $an i32.rem_u i32.const 2 i32.shl i32.add local.set $ao
      local.get $b local.get $i local.get $bn i32.rem_u i32.const 2 i32.shl i32.add local.set $bo
      local.get $out ${at('i')} local.set $o
      ${forVectors('j', 'local.get $len', 4, `
        local.get $o
        local.get $ao v128.load align=4 local.get $bo v128.load align=4 f32x4.${op}
        v128.store align=4
        local.get $ao i32.const 16 i32.add local.set $ao
        local.get $bo i32.const 16 i32.add local.set $bo
        local.get $o i32.const 16 i32.add local.set $o`)}
      ${forRange('j', 'local.get $len', `
        local.get $o local.get $ao f32.load local.get $bo f32.load f32.${op} f32.store
        local.get $ao i32.const 4 i32.add local.set $ao
        local.get $bo i32.const 4 i32.add local.set $bo
        local.get $o i32.const 4 i32.add local.set $o`, { from: null })}
      local.get $i local.get $len i32.add local.set $i`)}
  )`;
const wat = (fma) => memoryModule(`

  ;; A[m, k] at src + 4*(m*rs + k*cs), m < M, k < K  →  dst[((m/4)*K + k)*4 + m%4], rows past M padded with 0.
  (func $pack_a (export "pack_a")
    (param $src i32) (param $rs i32) (param $cs i32) (param $M i32) (param $K i32) (param $dst i32)
    (local $m i32) (local $mpad i32) (local $k i32) (local $s i32) (local $d i32) (local $csb i32)
    local.get $cs i32.const 2 i32.shl local.set $csb
    local.get $M i32.const 3 i32.add i32.const -4 i32.and local.set $mpad
    ${packLines('m', 'M', 'mpad', MR, 'local.get $src local.get $m local.get $rs i32.mul i32.const 2 i32.shl i32.add', 'local.get $csb')}
  )

  ;; B[k, n] at src + 4*(k*rs + n*cs), k < K, n < N  →  dst[((n/8)*K + k)*8 + n%8], columns past N padded with 0.
  (func $pack_b (export "pack_b")
    (param $src i32) (param $rs i32) (param $cs i32) (param $K i32) (param $N i32) (param $dst i32)
    (local $n i32) (local $npad i32) (local $k i32) (local $s i32) (local $d i32) (local $rsb i32)
    local.get $rs i32.const 2 i32.shl local.set $rsb
    ;; Rows contiguous in n (the common, untransposed case): copy 8 floats at a time, row by row.
    local.get $cs i32.const 1 i32.eq
    if
      ${forVectors('n', 'local.get $N', 8, `
        local.get $dst local.get $n i32.const 3 i32.shr_u local.get $K i32.mul i32.const 5 i32.shl i32.add local.set $d
        local.get $src ${at('n')} local.set $s
        ${forRange('k', 'local.get $K', `
          local.get $d local.get $s v128.load align=4 v128.store align=4
          local.get $d local.get $s v128.load offset=16 align=4 v128.store offset=16 align=4
          local.get $s local.get $rsb i32.add local.set $s
          local.get $d i32.const 32 i32.add local.set $d`)}`, { from: null })}
    end
    ;; Any other layout, and the last partial panel: one column at a time.
    local.get $N i32.const 7 i32.add i32.const -8 i32.and local.set $npad
    ${packLines('n', 'N', 'npad', NR, 'local.get $src local.get $n local.get $cs i32.mul i32.const 2 i32.shl i32.add', 'local.get $rsb')}
  )

  ;; One 4×8 tile: C[0..mr, 0..nr] (+)= packedA panel · packedB panel over K. ldcb: row stride of C in bytes.
  ;; Partial tiles go through tmp (32 floats) so the SIMD loop never reads or writes past C's edges.
  (func $micro
    (param $pa i32) (param $pb i32) (param $K i32) (param $c i32) (param $ldcb i32)
    (param $mr i32) (param $nr i32) (param $accumulate i32) (param $tmp i32)
    ${ROWS.map((r) => `(local ${acc(r, 0)} v128) (local ${acc(r, 1)} v128)`).join(' ')}
    (local $b0 v128) (local $b1 v128) (local $a v128) (local $k i32) (local $r i32) (local $j i32)
    (local $src i32) (local $dst i32) (local $v f32)
    local.get $K local.set $k
    block $kdone
      local.get $k i32.eqz br_if $kdone
      loop $kloop
        local.get $pb v128.load local.set $b0
        local.get $pb v128.load offset=16 local.set $b1
        ${ROWS.map((r) => `
        local.get $pa v128.load32_splat offset=${4 * r} local.set $a
        ${madd(fma, acc(r, 0), '$a', '$b0')}
        ${madd(fma, acc(r, 1), '$a', '$b1')}`).join('')}
        local.get $pa i32.const 16 i32.add local.set $pa
        local.get $pb i32.const 32 i32.add local.set $pb
        local.get $k i32.const 1 i32.sub local.tee $k
        br_if $kloop
      end
    end
    local.get $mr i32.const 4 i32.eq local.get $nr i32.const 8 i32.eq i32.and
    if
      ${ROWS.map((r) => `
      local.get $c local.get $ldcb i32.const ${r} i32.mul i32.add local.set $dst
      local.get $accumulate
      if
        local.get ${acc(r, 0)} local.get $dst v128.load align=4 f32x4.add local.set ${acc(r, 0)}
        local.get ${acc(r, 1)} local.get $dst v128.load offset=16 align=4 f32x4.add local.set ${acc(r, 1)}
      end
      local.get $dst local.get ${acc(r, 0)} v128.store align=4
      local.get $dst local.get ${acc(r, 1)} v128.store offset=16 align=4`).join('')}
      return
    end
    ${ROWS.map((r) => `
    local.get $tmp local.get ${acc(r, 0)} v128.store offset=${32 * r} align=4
    local.get $tmp local.get ${acc(r, 1)} v128.store offset=${32 * r + 16} align=4`).join('')}
    ${forRange('r', 'local.get $mr', `
      local.get $tmp local.get $r i32.const 5 i32.shl i32.add local.set $src
      local.get $c local.get $r local.get $ldcb i32.mul i32.add local.set $dst
      ${forRange('j', 'local.get $nr', `
        local.get $src f32.load local.set $v
        local.get $accumulate
        if local.get $v local.get $dst f32.load f32.add local.set $v end
        local.get $dst local.get $v f32.store
        local.get $src i32.const 4 i32.add local.set $src
        local.get $dst i32.const 4 i32.add local.set $dst`)}`, { from: null })}
  )

  ;; C[M, N] (+)= A·B from packed panels (pack_a / pack_b of the same K). ldc: row stride of C in floats.
  (func $gemm_packed (export "gemm_packed")
    (param $pa i32) (param $pb i32) (param $M i32) (param $N i32) (param $K i32)
    (param $c i32) (param $ldc i32) (param $accumulate i32) (param $tmp i32)
    (local $i i32) (local $j i32) (local $ldcb i32) (local $mr i32) (local $nr i32) (local $apanel i32)
    local.get $ldc i32.const 2 i32.shl local.set $ldcb
    ${forRange('i', 'local.get $M', `
      local.get $M local.get $i i32.sub local.tee $mr i32.const 4 i32.gt_s
      if i32.const 4 local.set $mr end
      local.get $pa local.get $i i32.const 2 i32.shr_u local.get $K i32.mul i32.const 4 i32.shl i32.add
      local.set $apanel
      ${forRange('j', 'local.get $N', `
        local.get $N local.get $j i32.sub local.tee $nr i32.const 8 i32.gt_s
        if i32.const 8 local.set $nr end
        local.get $apanel
        local.get $pb local.get $j i32.const 3 i32.shr_u local.get $K i32.mul i32.const 5 i32.shl i32.add
        local.get $K
        local.get $c local.get $i local.get $ldc i32.mul local.get $j i32.add i32.const 2 i32.shl i32.add
        local.get $ldcb local.get $mr local.get $nr local.get $accumulate local.get $tmp
        call $micro`, { step: 8 })}`, { step: 4, from: null })}
  )

  ;; dst[i] += src[i], i < n.
  (func $vadd (export "vadd") (param $dst i32) (param $src i32) (param $n i32)
    ${whileLoop('vec', 'local.get $n i32.const 4 i32.lt_s', `
      local.get $dst
      local.get $dst v128.load align=4 local.get $src v128.load align=4 f32x4.add
      v128.store align=4
      local.get $dst i32.const 16 i32.add local.set $dst
      local.get $src i32.const 16 i32.add local.set $src
      local.get $n i32.const 4 i32.sub local.set $n`)}
    ${whileLoop('one', 'local.get $n i32.const 1 i32.lt_s', `
      local.get $dst local.get $dst f32.load local.get $src f32.load f32.add f32.store
      local.get $dst i32.const 4 i32.add local.set $dst
      local.get $src i32.const 4 i32.add local.set $src
      local.get $n i32.const 1 i32.sub local.set $n`)}
  )

  ;; Convolution geometry shared by im2col and col2im (channels last, x: [nimg, H, W, C]):
  ;; cols row ((n*OH + oh)*OW + ow) holds, for each tap (kh, kw), the C channels of
  ;; x[n, oh*sh - pt + kh*dh, ow*sw - pl + kw*dw, :] (zeros outside the image): row length KH*KW*C.
  ${convFunc('im2col', 'x', 'dst', forEachTap('x', `
          if
            local.get $dst
            local.get $img local.get $ih local.get $W i32.mul local.get $iw i32.add local.get $cb i32.mul i32.add
            local.get $cb
            memory.copy
          else
            local.get $dst i32.const 0 local.get $cb memory.fill
          end
          local.get $dst local.get $cb i32.add local.set $dst`))}

  ;; The adjoint of im2col: dx (zeroed here) += each cols row scattered back to the pixels it was read from.
  ${convFunc('col2im', 'src', 'dx', `
    local.get $dx i32.const 0 local.get $nimg local.get $H i32.mul local.get $W i32.mul local.get $cb i32.mul
    memory.fill
    ${forEachTap('dx', `
          if
            local.get $img local.get $ih local.get $W i32.mul local.get $iw i32.add local.get $cb i32.mul i32.add
            local.get $src local.get $C
            call $vadd
          end
          local.get $src local.get $cb i32.add local.set $src`)}`)}

  ;; dst[c] = Σ_r src[r*cols + c]: a reduction over leading axes without transposing.
  (func $sum_rows (export "sum_rows") (param $src i32) (param $rows i32) (param $cols i32) (param $dst i32)
    (local $r i32) (local $rowb i32)
    local.get $cols i32.const 2 i32.shl local.set $rowb
    local.get $dst i32.const 0 local.get $rowb memory.fill
    ${forRange('r', 'local.get $rows', `
      local.get $dst local.get $src local.get $cols call $vadd
      local.get $src local.get $rowb i32.add local.set $src`)}
  )

  ;; Max-pool gradient, channels last: each dy value goes to the first maximum of its window in x (as tfjs-cpu's
  ;; maxPoolPositions picks it: strict '>', padding never wins). dx is zeroed here.
  (func $maxpool_grad (export "maxpool_grad")
    (param $x i32) (param $dy i32) (param $dx i32) (param $N i32) (param $H i32) (param $W i32) (param $C i32)
    (param $OH i32) (param $OW i32) (param $KH i32) (param $KW i32) (param $sh i32) (param $sw i32)
    (param $dh i32) (param $dw i32) (param $pt i32) (param $pl i32)
    (local $n i32) (local $oh i32) (local $ow i32) (local $c i32) (local $kh i32) (local $kw i32)
    (local $ih i32) (local $iw i32) (local $pos i32) (local $best f32) (local $bestpos i32) (local $v f32)
    (local $img i32) (local $row i32)
    local.get $dx i32.const 0
    local.get $N local.get $H i32.mul local.get $W i32.mul local.get $C i32.mul i32.const 2 i32.shl
    memory.fill
    ${forRange('n', 'local.get $N', `
      local.get $n local.get $H i32.mul local.set $img
      ${forRange('oh', 'local.get $OH', forRange('ow', 'local.get $OW', forRange('c', 'local.get $C', `
        f32.const -Infinity local.set $best
        i32.const -1 local.set $bestpos
        ${forRange('kh', 'local.get $KH', `
          local.get $oh local.get $sh i32.mul local.get $pt i32.sub local.get $kh local.get $dh i32.mul i32.add
          local.set $ih
          ${inRange('ih', 'local.get $H')}
          if
            local.get $img local.get $ih i32.add local.get $W i32.mul local.set $row
            ${forRange('kw', 'local.get $KW', `
              local.get $ow local.get $sw i32.mul local.get $pl i32.sub local.get $kw local.get $dw i32.mul i32.add
              local.set $iw
              ${inRange('iw', 'local.get $W')}
              if
                local.get $row local.get $iw i32.add local.get $C i32.mul local.get $c i32.add local.set $pos
                local.get $x local.get $pos i32.const 2 i32.shl i32.add f32.load local.tee $v
                local.get $best f32.gt
                if
                  local.get $v local.set $best
                  local.get $pos local.set $bestpos
                end
              end`)}
          end`)}
        local.get $bestpos i32.const 0 i32.ge_s
        if
          local.get $dx local.get $bestpos i32.const 2 i32.shl i32.add local.tee $pos
          local.get $pos f32.load
          local.get $dy f32.load
          f32.add f32.store
        end
        local.get $dy i32.const 4 i32.add local.set $dy`)))}`)}
  )

  ;; MaxPoolGrad for non-overlapping pairs of blocks (pool 2, stride 2, no padding, along one axis): in each of
  ;; $rows rows ($rowStride floats apart) the pair p is blocks 2p and 2p + 1 of $R floats each (R a multiple of 4).
  ;; dy's value goes to the second block where it is greater, else to the first (tfjs-cpu's first-maximum rule),
  ;; four lanes at a time; blocks past the last pair get 0.
  (func $maxpool_grad_pairs (export "maxpool_grad_pairs")
    (param $x i32) (param $dy i32) (param $dx i32) (param $rows i32) (param $pairs i32) (param $R i32)
    (param $rowStride i32)
    (local $row i32) (local $pair i32) (local $j i32) (local $a i32) (local $p i32) (local $rb i32) (local $g v128)
    (local $m v128)
    local.get $dx i32.const 0
    local.get $rows local.get $rowStride i32.mul i32.const 2 i32.shl
    memory.fill
    local.get $R i32.const 2 i32.shl local.set $rb
    ${forRange('row', 'local.get $rows', forRange('pair', 'local.get $pairs', `
      local.get $row local.get $rowStride i32.mul local.get $pair local.get $R i32.mul i32.const 1 i32.shl i32.add
      i32.const 2 i32.shl local.set $a
      ${forRange('j', 'local.get $rb', `
        local.get $x local.get $a i32.add local.get $j i32.add local.tee $p
        local.get $rb i32.add v128.load align=4
        local.get $p v128.load align=4
        f32x4.gt local.set $m
        local.get $dy v128.load align=4 local.set $g
        local.get $dx local.get $a i32.add local.get $j i32.add local.tee $p
        local.get $g local.get $m v128.andnot v128.store align=4
        local.get $p local.get $rb i32.add
        local.get $g local.get $m v128.and v128.store align=4
        local.get $dy i32.const 16 i32.add local.set $dy`, { step: 16 })}`))}
  )

  ${BINARY_OPS.map(([name, op]) => binop(name, op)).join('\n')}

  ;; x[i] = max(x[i], 0), in place.
  (func $relu (export "relu") (param $x i32) (param $n i32)
    (local $zero v128)
    v128.const f32x4 0 0 0 0 local.set $zero
    ${whileLoop('vec', 'local.get $n i32.const 4 i32.lt_s', `
      local.get $x local.get $x v128.load align=4 local.get $zero f32x4.max v128.store align=4
      local.get $x i32.const 16 i32.add local.set $x
      local.get $n i32.const 4 i32.sub local.set $n`)}
    ${whileLoop('one', 'local.get $n i32.const 1 i32.lt_s', `
      local.get $x local.get $x f32.load f32.const 0 f32.max f32.store
      local.get $x i32.const 4 i32.add local.set $x
      local.get $n i32.const 1 i32.sub local.set $n`)}
  )
`);
/** The compiled module, once per process: with fused multiply-add when this runtime validates it. */
let compiled;
/**
 * Relaxed SIMD is standard WebAssembly (on by default from Node 22, Chrome 114), but Node 20's V8 keeps it behind
 * `--experimental-wasm-relaxed-simd`. The flag can be set at run time, before a module that uses it is validated;
 * it is process-wide, so worker threads see it too. `VOE_WASM_FMA=0` leaves the runtime's flags alone.
 */
function enableRelaxedSimd(withFma) {
    if (WebAssemblyJs.validate(withFma))
        return true;
    setFlagsFromString('--experimental-wasm-relaxed-simd');
    return WebAssemblyJs.validate(withFma);
}
function compile() {
    if (!compiled) {
        const withFma = assemble(wat(true));
        const fma = process.env.VOE_WASM_FMA !== '0' && enableRelaxedSimd(withFma);
        compiled = { module: new WebAssemblyJs.Module(fma ? withFma : assemble(wat(false))), fma };
    }
    return compiled;
}
/** Whether our GEMM uses fused multiply-add (relaxed SIMD) in this process. */
export function simdUsesFma() {
    return compile().fma;
}
/** Instantiates our kernels over `memory` (the wasm backend's heap). */
export function instantiateSimdKernels(memory) {
    return instantiateOnMemory(compile().module, memory);
}
/** The WAT source (without and with fused multiply-add), for tests and for reading. */
export const SIMD_WAT = wat(false);
export const SIMD_WAT_FMA = wat(true);
//# sourceMappingURL=simd.js.map