export { getRealFft } from './fft.js';
export { powerSpectrogram, hannWindow, frameCount } from './stft.js';
export { melFilterbank, melspectrogram, hzToMel, melToHz, melFrequencies, fftFrequencies } from './mel.js';
export { powerToDb } from './db.js';
export { mfcc, logMelAndMfcc, dctBasis } from './mfcc.js';
export { delta } from './delta.js';
export { rms, zeroCrossingRate } from './energy.js';
export { yin, yinWithPeriodicity, pyin } from './pitch.js';
export { spectralFeatures } from './spectral.js';
export { functionals, summarize, percentile, DEFAULT_FUNCTIONALS, FUNCTIONAL_STATS } from './functionals.js';
export { extractFeatures, featuresFromWavBytes, EXTRACTOR_VERSION } from './extract.js';
export { FeatureCache } from './cache.js';
export { addNoise, describePerturbation } from './perturbation.js';
export { extractCorpus, loadFeatures, featureConfigHash, } from './batch.js';
//# sourceMappingURL=index.js.map