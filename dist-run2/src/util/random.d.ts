/**
 * A small seeded PRNG (mulberry32: 32-bit state, full period 2^32, good enough for shuffles and augmentation) so
 * that everything random in the toolkit is reproducible from one reported seed.
 */
export declare class Rng {
    private state;
    constructor(seed: number);
    /** Uniform in [0, 1). */
    next(): number;
    /** Integer in [0, n). */
    int(n: number): number;
    /** Standard normal (Box–Muller). */
    normal(): number;
    /** Gamma(shape, 1) by Marsaglia & Tsang (2000), with the shape + 1 boost for shape < 1. */
    gamma(shape: number): number;
    /** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
    beta(a: number, b: number): number;
    /** Fisher–Yates shuffle in place. */
    shuffle<T>(a: T[]): T[];
}
