/**
 * A very small WebAssembly assembler: turns a module written in WAT's *flat* (linear) text form into a binary.
 *
 * Why: our training kernels need SIMD loops over the wasm backend's own heap, and the machine has no compiler that
 * targets wasm (no clang/emscripten, nothing to install). WAT is the standard text form of wasm, so the kernels stay
 * readable to anyone who knows it; this file only has to know the handful of instructions they use.
 *
 * Supported: one imported memory `(import "env" "memory" (memory N))`, functions with named params and locals
 * (`$name`, types i32 f32 f64 v128), `(export "name")`, and in bodies the flat instructions listed in `OPS`,
 * `SIMD_OPS` and `MEM_OPS` plus `block $l` / `loop $l` / `if` / `else` / `end` (blocks without results), `br $l`,
 * `br_if $l`, `call $f`, `local.get/set/tee $x`, memory immediates `offset=N align=N`, `i32/f32/f64.const x`,
 * `v128.const f32x4 a b c d` / `v128.const f64x2 a b`, `f32x4/f64x2.extract_lane/replace_lane N` and
 * `i8x16.shuffle` with its 16 lane indices.
 * Comments: `;; to end of line`. Anything else is a thrown error naming the token.
 */
/** Single-byte opcodes (core spec §5.4). */
const OPS = {
    unreachable: [0x00], nop: [0x01], return: [0x0f], drop: [0x1a], select: [0x1b],
    'i32.eqz': [0x45], 'i32.eq': [0x46], 'i32.ne': [0x47], 'i32.lt_s': [0x48], 'i32.lt_u': [0x49],
    'i32.gt_s': [0x4a], 'i32.gt_u': [0x4b], 'i32.le_s': [0x4c], 'i32.le_u': [0x4d], 'i32.ge_s': [0x4e],
    'i32.ge_u': [0x4f],
    'f32.eq': [0x5b], 'f32.ne': [0x5c], 'f32.lt': [0x5d], 'f32.gt': [0x5e], 'f32.le': [0x5f], 'f32.ge': [0x60],
    'i32.add': [0x6a], 'i32.sub': [0x6b], 'i32.mul': [0x6c], 'i32.div_s': [0x6d], 'i32.div_u': [0x6e],
    'i32.rem_s': [0x6f], 'i32.rem_u': [0x70], 'i32.and': [0x71], 'i32.or': [0x72], 'i32.xor': [0x73],
    'i32.shl': [0x74], 'i32.shr_s': [0x75], 'i32.shr_u': [0x76],
    'f32.abs': [0x8b], 'f32.neg': [0x8c], 'f32.sqrt': [0x91], 'f32.add': [0x92], 'f32.sub': [0x93],
    'f32.mul': [0x94], 'f32.div': [0x95], 'f32.min': [0x96], 'f32.max': [0x97],
    'f32.convert_i32_s': [0xb2],
    'f64.eq': [0x61], 'f64.ne': [0x62], 'f64.lt': [0x63], 'f64.gt': [0x64], 'f64.le': [0x65], 'f64.ge': [0x66],
    'f64.abs': [0x99], 'f64.neg': [0x9a], 'f64.sqrt': [0x9f], 'f64.add': [0xa0], 'f64.sub': [0xa1],
    'f64.mul': [0xa2], 'f64.div': [0xa3], 'f64.min': [0xa4], 'f64.max': [0xa5],
    'f64.convert_i32_s': [0xb7], 'f64.promote_f32': [0xbb], 'f32.demote_f64': [0xb6],
    // Bulk memory (memory index 0).
    'memory.copy': [0xfc, 0x0a, 0x00, 0x00], 'memory.fill': [0xfc, 0x0b, 0x00],
};
/** SIMD opcodes (prefix 0xfd, then the LEB128-encoded number). */
const SIMD_OPS = {
    'f32x4.splat': 0x13,
    'f32x4.eq': 0x41, 'f32x4.ne': 0x42, 'f32x4.lt': 0x43, 'f32x4.gt': 0x44, 'f32x4.le': 0x45, 'f32x4.ge': 0x46,
    'v128.not': 0x4d, 'v128.and': 0x4e, 'v128.andnot': 0x4f, 'v128.or': 0x50, 'v128.xor': 0x51,
    'v128.bitselect': 0x52,
    'f32x4.abs': 0xe0, 'f32x4.neg': 0xe1, 'f32x4.sqrt': 0xe3, 'f32x4.add': 0xe4, 'f32x4.sub': 0xe5,
    'f32x4.mul': 0xe6, 'f32x4.div': 0xe7, 'f32x4.min': 0xe8, 'f32x4.max': 0xe9,
    'f64x2.splat': 0x14,
    'f64x2.eq': 0x47, 'f64x2.ne': 0x48, 'f64x2.lt': 0x49, 'f64x2.gt': 0x4a, 'f64x2.le': 0x4b, 'f64x2.ge': 0x4c,
    'f64x2.abs': 0xec, 'f64x2.neg': 0xed, 'f64x2.sqrt': 0xef, 'f64x2.add': 0xf0, 'f64x2.sub': 0xf1,
    'f64x2.mul': 0xf2, 'f64x2.div': 0xf3, 'f64x2.min': 0xf4, 'f64x2.max': 0xf5,
    'f32x4.demote_f64x2_zero': 0x5e, 'f64x2.promote_low_f32x4': 0x5f,
    // Relaxed SIMD (Node 22+; Node 20 with --experimental-wasm-relaxed-simd): a·b + c, fused where the CPU can.
    'f32x4.relaxed_madd': 0x105,
};
/** Lane instructions (prefix 0xfd) taking one lane-index byte. */
const LANE_OPS = {
    'f32x4.extract_lane': 0x1f, 'f32x4.replace_lane': 0x20, 'f64x2.extract_lane': 0x21, 'f64x2.replace_lane': 0x22,
};
/** Memory instructions: opcode bytes and natural alignment (log2 of the access size). */
const MEM_OPS = {
    'i32.load': { code: [0x28], align: 2 },
    'f32.load': { code: [0x2a], align: 2 },
    'i32.store': { code: [0x36], align: 2 },
    'f32.store': { code: [0x38], align: 2 },
    'v128.load': { code: [0xfd, 0x00], align: 4 },
    'v128.load32_splat': { code: [0xfd, 0x09], align: 2 },
    'v128.load64_splat': { code: [0xfd, 0x0a], align: 3 },
    'v128.load64_zero': { code: [0xfd, 0x5d], align: 3 },
    'f64.load': { code: [0x2b], align: 3 },
    'f64.store': { code: [0x39], align: 3 },
    'v128.store': { code: [0xfd, 0x0b], align: 4 },
};
const VALTYPE = { i32: 0x7f, i64: 0x7e, f32: 0x7d, f64: 0x7c, v128: 0x7b };
function uleb(n) {
    const out = [];
    do {
        let byte = n & 0x7f;
        n >>>= 7;
        if (n !== 0)
            byte |= 0x80;
        out.push(byte);
    } while (n !== 0);
    return out;
}
function sleb(n) {
    const out = [];
    for (;;) {
        const byte = n & 0x7f;
        n >>= 7;
        if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}
function f32Bytes(x) {
    return [...new Uint8Array(new Float32Array([x]).buffer)];
}
function f64Bytes(x) {
    return [...new Uint8Array(new Float64Array([x]).buffer)];
}
function str(s) {
    const bytes = [...new TextEncoder().encode(s)];
    return [...uleb(bytes.length), ...bytes];
}
function section(id, body) {
    return [id, ...uleb(body.length), ...body];
}
/** S-expression tokens: '(' ')' and atoms (strings keep their quotes). */
function tokenize(text) {
    const tokens = [];
    const re = /;;[^\n]*|\(|\)|"[^"]*"|[^\s()]+/g;
    for (const m of text.matchAll(re))
        if (!m[0].startsWith(';;'))
            tokens.push(m[0]);
    return tokens;
}
/** Assembles flat-form WAT text into a wasm binary. */
export function assemble(text) {
    const tokens = tokenize(text);
    let pos = 0;
    const expect = (t) => {
        if (tokens[pos] !== t)
            throw new Error(`assemble: expected '${t}' at token ${pos}, got '${tokens[pos]}'`);
        pos++;
    };
    let memoryMin = 1;
    const funcs = [];
    expect('(');
    expect('module');
    while (tokens[pos] === '(') {
        pos++;
        const kind = tokens[pos++];
        if (kind === 'import') {
            // (import "env" "memory" (memory N))
            if (tokens[pos] !== '"env"' || tokens[pos + 1] !== '"memory"')
                throw new Error('assemble: only env.memory');
            pos += 2;
            expect('(');
            expect('memory');
            memoryMin = Number(tokens[pos++]);
            expect(')');
            expect(')');
        }
        else if (kind === 'func') {
            const f = { name: tokens[pos++], params: [], results: [], locals: [], body: [] };
            while (tokens[pos] === '(') {
                const what = tokens[pos + 1];
                if (what === 'export') {
                    f.exportName = tokens[pos + 2].slice(1, -1);
                    pos += 4;
                }
                else if (what === 'param' || what === 'local') {
                    (what === 'param' ? f.params : f.locals).push({ name: tokens[pos + 2], type: tokens[pos + 3] });
                    pos += 5;
                }
                else if (what === 'result') {
                    f.results.push(tokens[pos + 2]);
                    pos += 4;
                }
                else
                    break;
            }
            while (tokens[pos] !== ')') {
                if (tokens[pos] === '(')
                    throw new Error(`assemble: folded expressions are not supported (in ${f.name})`);
                f.body.push(tokens[pos++]);
            }
            pos++;
            funcs.push(f);
        }
        else
            throw new Error(`assemble: unsupported module field '${kind}'`);
    }
    expect(')');
    const funcIndex = new Map(funcs.map((f, i) => [f.name, i]));
    const sigs = [];
    const sigOf = (f) => {
        const key = `${f.params.map((p) => p.type).join(',')}->${f.results.join(',')}`;
        let i = sigs.indexOf(key);
        if (i < 0)
            i = sigs.push(key) - 1;
        return i;
    };
    const funcSigs = funcs.map(sigOf);
    const typeSec = [...uleb(sigs.length)];
    for (const key of sigs) {
        const [ps, rs] = key.split('->');
        const params = ps ? ps.split(',') : [];
        const results = rs ? rs.split(',') : [];
        typeSec.push(0x60, ...uleb(params.length), ...params.map((t) => VALTYPE[t]));
        typeSec.push(...uleb(results.length), ...results.map((t) => VALTYPE[t]));
    }
    const importSec = [...uleb(1), ...str('env'), ...str('memory'), 0x02, 0x00, ...uleb(memoryMin)];
    const funcSec = [...uleb(funcs.length), ...funcSigs.flatMap((s) => uleb(s))];
    const exported = funcs.filter((f) => f.exportName !== undefined);
    const exportSec = [...uleb(exported.length)];
    for (const f of exported)
        exportSec.push(...str(f.exportName), 0x00, ...uleb(funcIndex.get(f.name)));
    const codeSec = [...uleb(funcs.length)];
    for (const f of funcs) {
        const body = [...encodeLocals(f), ...encodeBody(f, funcIndex), 0x0b];
        codeSec.push(...uleb(body.length), ...body);
    }
    return new Uint8Array([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        ...section(1, typeSec), ...section(2, importSec), ...section(3, funcSec),
        ...section(7, exportSec), ...section(10, codeSec),
    ]);
}
function encodeLocals(f) {
    // Runs of equal types, as the binary format groups them.
    const groups = [];
    for (const l of f.locals) {
        const last = groups[groups.length - 1];
        if (last && last.type === l.type)
            last.n++;
        else
            groups.push({ n: 1, type: l.type });
    }
    return [...uleb(groups.length), ...groups.flatMap((g) => [...uleb(g.n), VALTYPE[g.type]])];
}
function encodeBody(f, funcIndex) {
    const localIndex = new Map();
    [...f.params, ...f.locals].forEach((v, i) => {
        if (!VALTYPE[v.type])
            throw new Error(`assemble: unknown type '${v.type}' of ${v.name} in ${f.name}`);
        localIndex.set(v.name, i);
    });
    const labels = []; // innermost last
    const out = [];
    const t = f.body;
    const local = (name) => {
        const i = localIndex.get(name) ?? (/^\d+$/.test(name) ? Number(name) : undefined);
        if (i === undefined)
            throw new Error(`assemble: unknown local '${name}' in ${f.name}`);
        return uleb(i);
    };
    const depth = (label) => {
        const i = labels.lastIndexOf(label);
        if (i < 0)
            throw new Error(`assemble: unknown label '${label}' in ${f.name}`);
        return uleb(labels.length - 1 - i);
    };
    for (let i = 0; i < t.length; i++) {
        const op = t[i];
        const next = () => {
            const v = t[++i];
            if (v === undefined)
                throw new Error(`assemble: '${op}' needs an operand in ${f.name}`);
            return v;
        };
        if (op === 'block' || op === 'loop' || op === 'if') {
            out.push(op === 'block' ? 0x02 : op === 'loop' ? 0x03 : 0x04, 0x40);
            labels.push(t[i + 1]?.startsWith('$') ? next() : null);
        }
        else if (op === 'else')
            out.push(0x05);
        else if (op === 'end') {
            if (labels.length === 0)
                throw new Error(`assemble: unbalanced 'end' in ${f.name}`);
            labels.pop();
            out.push(0x0b);
        }
        else if (op === 'br' || op === 'br_if')
            out.push(op === 'br' ? 0x0c : 0x0d, ...depth(next()));
        else if (op === 'call') {
            const target = funcIndex.get(next());
            if (target === undefined)
                throw new Error(`assemble: unknown function '${t[i]}' in ${f.name}`);
            out.push(0x10, ...uleb(target));
        }
        else if (op === 'local.get')
            out.push(0x20, ...local(next()));
        else if (op === 'local.set')
            out.push(0x21, ...local(next()));
        else if (op === 'local.tee')
            out.push(0x22, ...local(next()));
        else if (op === 'i32.const')
            out.push(0x41, ...sleb(Number(next())));
        else if (op === 'f32.const')
            out.push(0x43, ...f32Bytes(Number(next())));
        else if (op === 'f64.const')
            out.push(0x44, ...f64Bytes(Number(next())));
        else if (op === 'v128.const') {
            const shape = next();
            if (shape === 'f32x4')
                out.push(0xfd, ...uleb(0x0c), ...[next(), next(), next(), next()].map(Number).flatMap(f32Bytes));
            else if (shape === 'f64x2')
                out.push(0xfd, ...uleb(0x0c), ...[next(), next()].map(Number).flatMap(f64Bytes));
            else
                throw new Error(`assemble: only 'v128.const f32x4' and 'f64x2' are supported (${f.name})`);
        }
        else if (LANE_OPS[op] !== undefined) {
            out.push(0xfd, ...uleb(LANE_OPS[op]), Number(next()));
        }
        else if (op === 'i8x16.shuffle') {
            const lanes = Array.from({ length: 16 }, () => Number(next()));
            if (lanes.some((l) => !(l >= 0 && l < 32)))
                throw new Error(`assemble: bad i8x16.shuffle lanes in ${f.name}`);
            out.push(0xfd, ...uleb(0x0d), ...lanes);
        }
        else if (MEM_OPS[op]) {
            let offset = 0;
            let align = MEM_OPS[op].align;
            while (/^(offset|align)=/.test(t[i + 1] ?? '')) {
                const [k, v] = next().split('=');
                if (k === 'offset')
                    offset = Number(v);
                else
                    align = Math.log2(Number(v));
            }
            out.push(...MEM_OPS[op].code, ...uleb(align), ...uleb(offset));
        }
        else if (OPS[op])
            out.push(...OPS[op]);
        else if (SIMD_OPS[op] !== undefined)
            out.push(0xfd, ...uleb(SIMD_OPS[op]));
        else
            throw new Error(`assemble: unknown instruction '${op}' in ${f.name}`);
    }
    if (labels.length !== 0)
        throw new Error(`assemble: ${labels.length} unclosed block(s) in ${f.name}`);
    return out;
}
//# sourceMappingURL=asm.js.map