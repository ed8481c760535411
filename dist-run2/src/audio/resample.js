/**
 * Band-limited resampling between any two integer rates: the polyphase Kaiser-windowed sinc of `polyphase.ts`
 * (stop band from the lower Nyquist frequency on, ≥ 80 dB down; pass band flat to 0.9 of it; no time shift).
 *
 * Until issue 18 this was libsamplerate's best sinc converter through a wasm build; on 48 kHz input it cost more
 * than the features themselves. test/audio/resample.test.ts still compares the two on band-limited signals.
 */
import { releasePolyphase, resamplePolyphase } from './polyphase.js';
/**
 * Resample `y` from `srIn` to `srOut` Hz.
 *
 * @returns a new array of length `Math.round(y.length * srOut / srIn)`, time-aligned with the input (sample `k` of
 *   the output is at time k/srOut, as sample `j` of the input is at j/srIn). When the rates are equal it is a copy
 *   of `y` (never `y` itself), so callers may modify the result freely.
 * @throws AudioError INVALID_ARGUMENT for rates that are not positive integers or a ratio beyond 256:1.
 */
export async function resample(y, srIn, srOut) {
    return resamplePolyphase(y, srIn, srOut);
}
/** Free this thread's resampler memory and cached filters; they are rebuilt on demand. */
export async function releaseResamplers() {
    releasePolyphase();
}
//# sourceMappingURL=resample.js.map