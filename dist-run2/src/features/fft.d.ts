export interface RealFft {
    /** Transform size n (samples). */
    readonly n: number;
    /** Number of non-negative-frequency bins, n/2 + 1. */
    readonly bins: number;
    /**
     * Spectrum of a real signal: `re[k]`, `im[k]` for k = 0 … n/2 (`re`, `im` of length ≥ n/2 + 1).
     * `x` may be shorter than n: it is zero-padded at the end (as `np.fft.rfft(x, n)`); longer is an error.
     */
    forward(x: ArrayLike<number>, re: Float64Array, im: Float64Array): void;
    /** Power spectrum |X[k]|², k = 0 … n/2, of a real signal (zero-padded to n as in `forward`). */
    power(x: ArrayLike<number>, out: Float64Array | Float32Array): void;
    /**
     * Inverse of `forward`: n real samples from bins k = 0 … n/2 (`np.fft.irfft(X, n)`; the imaginary parts of
     * bins 0 and n/2 are ignored, as numpy does). `out` needs length ≥ n.
     */
    inverse(re: Float64Array, im: Float64Array, out: Float64Array | Float32Array): void;
    /**
     * Work buffer of length n for callers that build the frame in place (e.g. windowed framing without a copy):
     * fill `frame`, then call `powerOfFrame`/`forwardOfFrame`. Its contents are undefined after any other call
     * on this plan. Plans are shared per size, so don't hold data in it across calls into other code.
     */
    readonly frame: Float64Array;
    /** `forward` of the current contents of `frame`. */
    forwardOfFrame(re: Float64Array, im: Float64Array): void;
    /** `power` of the current contents of `frame`. */
    powerOfFrame(out: Float64Array | Float32Array): void;
}
/** The cached real-FFT plan of size n (power of two ≥ 4); plans are created once per size and process. */
export declare function getRealFft(n: number): RealFft;
