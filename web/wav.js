/**
 * WAV encoding and level measurement for the browser page (also imported by the tests, in Node).
 * Float32 samples are written as an IEEE-float WAV (format 3), which the server decodes without loss.
 */

/** Mono float samples → the bytes of a 32-bit float WAV file. */
export function encodeWavFloat32(samples, sampleRate) {
  const dataBytes = samples.length * 4;
  const buffer = new ArrayBuffer(44 + dataBytes);
  const view = new DataView(buffer);
  const ascii = (at, text) => {
    for (let i = 0; i < text.length; i++) view.setUint8(at + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 3, true); // WAVE_FORMAT_IEEE_FLOAT
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 4, true);
  view.setUint16(32, 4, true);
  view.setUint16(34, 32, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  new Float32Array(buffer, 44, samples.length).set(samples);
  return buffer;
}

/** RMS level in dB relative to full scale (−Infinity for digital silence). */
export function rmsDbfs(samples) {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i] * samples[i];
  return 10 * Math.log10(sum / Math.max(1, samples.length));
}

/**
 * The last `length` samples written to a ring buffer, oldest first. `ring` holds them circularly with the next
 * write at `next`; `filled` says how many were ever written (fewer than the ring at the start).
 */
export function lastSamples(ring, next, filled, length) {
  const n = Math.min(length, filled, ring.length);
  const out = new Float32Array(n);
  const start = (next - n + ring.length) % ring.length;
  const firstPart = Math.min(n, ring.length - start);
  out.set(ring.subarray(start, start + firstPart));
  out.set(ring.subarray(0, n - firstPart), firstPart);
  return out;
}
