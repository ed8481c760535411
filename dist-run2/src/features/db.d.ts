/**
 * Power to decibels, as `librosa.power_to_db` (librosa 0.11, `librosa/core/spectrum.py`):
 *
 *   S_db = 10·log10(max(amin, S)) − 10·log10(max(amin, |ref|)),
 *   then, if top_db is not null, S_db = max(S_db, max(S_db) − top_db) with the max over the **whole** array.
 */
import type { Matrix } from './matrix.js';
export interface PowerToDbOptions {
    /** Reference power (its absolute value is used), or a function of the power array such as a max. librosa default 1. */
    ref?: number | ((S: Float32Array | Float64Array) => number);
    /** Floor on S and ref before the log, > 0. librosa default 1e-10. */
    amin?: number;
    /** Dynamic range kept below the peak, in dB, ≥ 0; null keeps everything. librosa default 80. */
    top_db?: number | null;
}
export interface ResolvedDb {
    /** 10·log10(max(amin, |ref|)), subtracted from every value. */
    refDb: number;
    amin: number;
    top_db: number | null;
}
/** Validates the options and turns `ref` into the dB offset (calling it on S when it is a function). */
export declare function resolveDb(opts: PowerToDbOptions, S?: Float32Array | Float64Array): ResolvedDb;
/** 10·log10(max(amin, p)) − refDb, for one value (the per-element step before the top_db clamp). */
export declare function dbOf(p: number, amin: number, refDb: number): number;
/** In place: x = max(x, max(x) − top_db) over the whole array (no-op when top_db is null). */
export declare function clampTopDb(data: Float32Array | Float64Array, top_db: number | null): void;
/** `librosa.power_to_db(S, ref=, amin=, top_db=)` of a power matrix; returns a new matrix of the same shape. */
export declare function powerToDb(S: Matrix, opts?: PowerToDbOptions): Matrix;
