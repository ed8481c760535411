/**
 * The training loop: Adam on class-weighted softmax cross-entropy, random crops within each clip's active region
 * with SpecAugment masks, early stopping on the validation speakers' unweighted accuracy with the best weights
 * restored. Every random choice comes from one seeded generator, so a seed fixes the run.
 */
import * as tf from '@tensorflow/tfjs-core';
import { classificationMetrics, argmaxRows } from '../scoring/metrics.js';
import { Rng } from '../util/random.js';
import { adam } from './fused-adam.js';
import { coveringCrops, randomCrop } from './sequences.js';
export function classWeights(labels, nClasses) {
    const counts = new Float64Array(nClasses);
    for (const y of labels)
        counts[y]++;
    const w = new Float32Array(nClasses);
    for (let c = 0; c < nClasses; c++)
        w[c] = counts[c] > 0 ? labels.length / (nClasses * counts[c]) : 0;
    return w;
}
/** Shifts bands 0 … bands−1 of every frame by `shift` (positive = up), in place, repeating the edge band. */
export function frequencyShift(x, frames, dims, bands, shift) {
    if (shift === 0)
        return;
    const row = new Float32Array(bands);
    for (let t = 0; t < frames; t++) {
        const o = t * dims;
        row.set(x.subarray(o, o + bands));
        for (let f = 0; f < bands; f++)
            x[o + f] = row[Math.min(bands - 1, Math.max(0, f - shift))];
    }
}
/**
 * Gain augmentation on one crop, in place: the input as if the clip had been recorded `db` louder. Exact for a
 * dB-scaled log-mel (ref = 1) and log RMS, whose raw values shift by `db` and `db`·ln 10 / 20; f0 and
 * periodicity do not depend on level.
 */
export function applyGain(x, frames, dims, gainPerDb, db) {
    if (db === 0)
        return;
    for (let t = 0; t < frames; t++)
        for (let f = 0; f < dims; f++)
            x[t * dims + f] += db * gainPerDb[f];
}
/** SpecAugment masks on one crop (T × F, time-major), in place: frequency bands and time spans set to 0. */
export function specAugment(x, frames, dims, cfg, rng) {
    for (let m = 0; m < cfg.freqMasks; m++) {
        const width = rng.int(cfg.freqMaskWidth + 1);
        const f0 = rng.int(Math.max(1, dims - width));
        for (let t = 0; t < frames; t++)
            x.fill(0, t * dims + f0, t * dims + f0 + width);
    }
    for (let m = 0; m < cfg.timeMasks; m++) {
        const width = rng.int(cfg.timeMaskWidth + 1);
        const t0 = rng.int(Math.max(1, frames - width));
        x.fill(0, t0 * dims, (t0 + width) * dims);
    }
}
function oneHotRows(labels, nClasses) {
    const out = new Float32Array(labels.length * nClasses);
    labels.forEach((y, i) => (out[i * nClasses + y] = 1));
    return out;
}
/**
 * Mixup in place on one batch: rows blended with a shuffled partner, x ← λx + (1 − λ)x', targets and loss weights
 * alike, one λ ~ Beta(α, α) per batch, taken as max(λ, 1 − λ) so each row stays closest to its own clip.
 */
export function mixup(x, targets, weights, n, alpha, rng) {
    const partner = rng.shuffle([...Array(n).keys()]);
    const draw = rng.beta(alpha, alpha);
    const lambda = Math.max(draw, 1 - draw);
    const rowX = x.length / n;
    const rowY = targets.length / n;
    const x0 = x.slice();
    const y0 = targets.slice();
    const w0 = weights.slice();
    for (let i = 0; i < n; i++) {
        const j = partner[i];
        for (let d = 0; d < rowX; d++)
            x[i * rowX + d] = lambda * x0[i * rowX + d] + (1 - lambda) * x0[j * rowX + d];
        for (let d = 0; d < rowY; d++)
            targets[i * rowY + d] = lambda * y0[i * rowY + d] + (1 - lambda) * y0[j * rowY + d];
        weights[i] = lambda * w0[i] + (1 - lambda) * w0[j];
    }
}
/** The learning rate of update `step` (0-based) of `totalSteps` under `cfg.lrSchedule`. */
export function scheduledLearningRate(cfg, step, totalSteps) {
    if (cfg.lrSchedule === 'constant')
        return cfg.learningRate;
    return 0.5 * cfg.learningRate * (1 + Math.cos((Math.PI * step) / totalSteps));
}
/** tfjs' Adam reads its (protected) learning rate at every update, so a schedule can set it between steps. */
function setLearningRate(optimizer, lr) {
    optimizer.learningRate = lr;
}
export async function trainNetwork(model, train, val, nClasses, cfg, onEpoch, epochs = cfg.epochs) {
    const rng = new Rng(cfg.seed);
    const optimizer = adam(cfg.learningRate);
    const weights = cfg.classWeights ? classWeights(train.labels, nClasses) : new Float32Array(nClasses).fill(1);
    const T = cfg.cropFrames;
    const F = train.seqs[0].dims;
    const history = [];
    let best = { ua: -1, epoch: 0, weights: null };
    let sinceBest = 0;
    let stoppedEarly = false;
    const stepsPerEpoch = Math.ceil(train.labels.length / cfg.batchSize);
    let step = 0;
    for (let epoch = 1; epoch <= epochs; epoch++) {
        const started = performance.now();
        const order = rng.shuffle([...train.labels.keys()]);
        let lossSum = 0;
        let batches = 0;
        for (let b = 0; b < order.length; b += cfg.batchSize) {
            const idx = order.slice(b, b + cfg.batchSize);
            const x = new Float32Array(idx.length * T * F);
            const y = new Int32Array(idx.length);
            const w = new Float32Array(idx.length);
            idx.forEach((i, j) => {
                const v = train.variants?.length ? rng.int(train.variants.length + 1) : 0;
                const source = v === 0 ? train : train.variants[v - 1];
                const c = randomCrop(source.seqs[i], source.regions[i], T, rng);
                if (cfg.augment.freqShift > 0 && train.frequencyDims) {
                    frequencyShift(c, T, F, train.frequencyDims, rng.int(2 * cfg.augment.freqShift + 1) - cfg.augment.freqShift);
                }
                if (cfg.augment.gainDb > 0 && train.gainPerDb)
                    applyGain(c, T, F, train.gainPerDb, (2 * rng.next() - 1) * cfg.augment.gainDb);
                specAugment(c, T, F, cfg.augment, rng);
                x.set(c, j * T * F);
                y[j] = train.labels[i];
                w[j] = weights[train.labels[i]];
            });
            setLearningRate(optimizer, scheduledLearningRate(cfg, step++, epochs * stepsPerEpoch));
            const targets = oneHotRows(y, nClasses);
            if (cfg.augment.mixupAlpha > 0)
                mixup(x, targets, w, idx.length, cfg.augment.mixupAlpha, rng);
            const loss = tf.tidy(() => {
                const xs = tf.tensor3d(x, [idx.length, T, F]);
                const ys = tf.tensor2d(targets, [idx.length, nClasses]);
                const ws = tf.tensor1d(w);
                return optimizer.minimize(() => {
                    const logits = model.apply(xs, { training: true });
                    return tf.losses.softmaxCrossEntropy(ys, logits, ws, cfg.labelSmoothing ?? 0);
                }, true);
            });
            lossSum += (await loss.data())[0];
            loss.dispose();
            batches++;
        }
        let valUa = null;
        let valWa = null;
        let isBest = false;
        if (val) {
            const probs = predictProbabilities(model, val, nClasses, cfg);
            const m = classificationMetrics(val.labels, argmaxRows(probs, nClasses), nClasses);
            valUa = m.ua;
            valWa = m.wa;
            if (m.ua > best.ua) {
                best.weights?.forEach((t) => t.dispose());
                best = { ua: m.ua, epoch, weights: model.getWeights().map((t) => t.clone()) };
                sinceBest = 0;
                isBest = true;
            }
            else {
                sinceBest++;
            }
        }
        const log = { epoch, loss: lossSum / batches, valUa, valWa, seconds: (performance.now() - started) / 1000, best: isBest };
        history.push(log);
        onEpoch?.(log);
        if (val && sinceBest >= cfg.patience) {
            stoppedEarly = true;
            break;
        }
    }
    optimizer.dispose();
    if (best.weights) {
        model.setWeights(best.weights);
        best.weights.forEach((t) => t.dispose());
    }
    return { history, bestEpoch: val ? best.epoch : history.length, stoppedEarly };
}
/**
 * Class probabilities (n × k, row-major) for each clip: the softmax of the logits of every crop covering its
 * active region, averaged.
 */
export function predictProbabilities(model, clips, nClasses, cfg, batchSize = 64) {
    const T = cfg.cropFrames;
    const out = new Float32Array(clips.seqs.length * nClasses);
    if (clips.seqs.length === 0)
        return out;
    const F = clips.seqs[0].dims;
    const crops = [];
    clips.seqs.forEach((s, i) => {
        for (const data of coveringCrops(s, clips.regions[i], T, cfg.testHopFrames))
            crops.push({ clip: i, data });
    });
    const cropCount = new Float32Array(clips.seqs.length);
    for (let b = 0; b < crops.length; b += batchSize) {
        const batch = crops.slice(b, b + batchSize);
        const x = new Float32Array(batch.length * T * F);
        batch.forEach((c, j) => x.set(c.data, j * T * F));
        const probs = tf.tidy(() => tf.softmax(model.predict(tf.tensor3d(x, [batch.length, T, F]))).dataSync());
        batch.forEach((c, j) => {
            for (let k = 0; k < nClasses; k++)
                out[c.clip * nClasses + k] += probs[j * nClasses + k];
            cropCount[c.clip]++;
        });
    }
    for (let i = 0; i < clips.seqs.length; i++)
        for (let k = 0; k < nClasses; k++)
            out[i * nClasses + k] /= cropCount[i];
    return out;
}
//# sourceMappingURL=train.js.map