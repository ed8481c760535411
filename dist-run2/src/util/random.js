/**
 * A small seeded PRNG (mulberry32: 32-bit state, full period 2^32, good enough for shuffles and augmentation) so
 * that everything random in the toolkit is reproducible from one reported seed.
 */
export class Rng {
    state;
    constructor(seed) {
        this.state = seed >>> 0;
    }
    /** Uniform in [0, 1). */
    next() {
        let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    /** Integer in [0, n). */
    int(n) {
        return Math.floor(this.next() * n);
    }
    /** Standard normal (Box–Muller). */
    normal() {
        const u = 1 - this.next();
        const v = this.next();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
    /** Gamma(shape, 1) by Marsaglia & Tsang (2000), with the shape + 1 boost for shape < 1. */
    gamma(shape) {
        if (shape < 1)
            return this.gamma(shape + 1) * this.next() ** (1 / shape);
        const d = shape - 1 / 3;
        const c = 1 / Math.sqrt(9 * d);
        for (;;) {
            let x;
            let v;
            do {
                x = this.normal();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            const u = 1 - this.next();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v))
                return d * v;
        }
    }
    /** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
    beta(a, b) {
        const x = this.gamma(a);
        return x / (x + this.gamma(b));
    }
    /** Fisher–Yates shuffle in place. */
    shuffle(a) {
        for (let i = a.length - 1; i > 0; i--) {
            const j = this.int(i + 1);
            [a[i], a[j]] = [a[j], a[i]];
        }
        return a;
    }
}
//# sourceMappingURL=random.js.map