import { type WasmMemory } from '../../wasm/api.js';
export type GateActivation = 'sigmoid' | 'hardSigmoid';
type Fn = (...args: number[]) => void;
export interface RecurrentSimd {
    gru_fwd_zr_sigmoid: Fn;
    gru_fwd_zr_hardSigmoid: Fn;
    gru_fwd_h: Fn;
    gru_bwd_h: Fn;
    gru_bwd_zr_sigmoid: Fn;
    gru_bwd_zr_hardSigmoid: Fn;
    lstm_fwd_sigmoid: Fn;
    lstm_fwd_hardSigmoid: Fn;
    lstm_bwd_sigmoid: Fn;
    lstm_bwd_hardSigmoid: Fn;
    copy_rows(src: number, ss: number, dst: number, ds: number, rows: number, cols: number): void;
}
/** Our recurrent gate kernels over `memory` (the wasm backend's heap); compiled once per process. */
export declare function instantiateRecurrentSimd(memory: WasmMemory): RecurrentSimd;
/** The WAT source, for reading and for tests. */
export declare const RECURRENT_WAT: string;
export {};
