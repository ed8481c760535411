/**
 * `npm run bench:features`: throughput of the default feature set on the shared RAVDESS speech folder, printed as
 * one JSON object. Cold runs use a fresh, empty cache folder. In the same run, as baselines: the same extraction in
 * one thread, and a warm rerun (everything from the cache). Stage timings and pYIN are measured in this thread on
 * a subset. Skips (printing a JSON object saying why) when the data is absent.
 *
 * The cache folders are made in the system temp folder, or under VOE_BENCH_CACHE if set. Each cold run creates
 * 1440 cache files, and on our machines creating a file costs from ~0.02 ms to ~2 ms of kernel time depending on
 * the folder and the moment (seen: /var/tmp fast; /tmp and the work tree sometimes slow): up to ~1.5 s of a cold
 * run's wall time on 2 cores. Compare runs with the same cache folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeWav } from '../src/audio/index.js';
import { featureConfig } from '../src/config.js';
import { scanCorpus } from '../src/corpus/index.js';
import { extractCorpus } from '../src/features/batch.js';
import { pyin, yinWithPeriodicity } from '../src/features/pitch.js';
import { spectralFeatures } from '../src/features/spectral.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = [resolve(here, '..'), resolve(here, '../..')].find((d) => existsSync(join(d, 'package.json')))!;
const dataDir = process.env.VOE_BENCH_DATA ?? resolve(repo, '..', 'shared', 'data', 'ravdess-speech-16k');
const subsetSize = Number(process.env.VOE_BENCH_SUBSET ?? 120);

async function main(): Promise<void> {
  if (!existsSync(dataDir)) {
    console.log(JSON.stringify({ benchmark: 'features', skipped: `data folder not found: ${dataDir}` }));
    return;
  }
  const config = featureConfig();
  const scan = await scanCorpus(dataDir);
  const paths = scan.utterances.map((u) => u.path);
  const workers = availableParallelism();

  const run = async (label: string, workerCount: number, cacheRoot: string) => {
    const cpu0 = process.cpuUsage();
    const s = await extractCorpus(paths, { config, cacheRoot, workers: workerCount });
    const cpu = process.cpuUsage(cpu0);
    return {
      label,
      workers: s.workers,
      files: s.files,
      extracted: s.extracted,
      cached: s.cached,
      failed: s.failed.length,
      audioSeconds: round(s.audioSeconds, 1),
      wallSeconds: round(s.wallSeconds, 3),
      xRealTime: round(s.audioSeconds / s.wallSeconds, 0),
      // CPU time of this process and its workers (user + system): far less swayed by other work on the machine
      // than wall time (the original cold run: 20.6 s of CPU under load, 10.36 s of wall time when idle).
      cpuSeconds: round((cpu.user + cpu.system) / 1e6, 2),
    };
  };

  const cacheBase = process.env.VOE_BENCH_CACHE ?? tmpdir();
  mkdirSync(cacheBase, { recursive: true });
  const loadBefore = loadavg()[0];
  const coldDir = mkdtempSync(join(cacheBase, 'voe-bench-'));
  const singleDir = mkdtempSync(join(cacheBase, 'voe-bench-'));
  try {
    const cold = await run('cold, one worker per core', workers, coldDir);
    const warm = await run('warm (same cache)', workers, coldDir);
    const single = await run('cold, in one thread (baseline)', 0, singleDir);
    const stages = stageTimings(paths.slice(0, subsetSize), config);
    const result = {
      benchmark: 'features',
      data: 'ravdess-speech-16k',
      featureSet: 'log-mel 64, MFCC 40 + Δ + ΔΔ, YIN f0 + periodicity, RMS, ZCR',
      config,
      machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
      // Other work on the machine skews every number: the 1-minute load average before and after the runs.
      loadAverage: { before: round(loadBefore, 2), after: round(loadavg()[0], 2) },
      cacheBase,
      cold,
      warm,
      baselineOneThread: single,
      parallelSpeedup: round(single.wallSeconds / cold.wallSeconds, 2),
      target: { wallSeconds: 5, xRealTime: 1000, met: cold.wallSeconds <= 5 },
      stagesOneThread: stages,
      peakRssMB: round(process.resourceUsage().maxRSS / 1024, 0),
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    rmSync(coldDir, { recursive: true, force: true });
    rmSync(singleDir, { recursive: true, force: true });
  }
}

/** Per-stage time on a subset, in this thread: decode, spectral features, YIN, and pYIN (reported separately). */
function stageTimings(paths: string[], config: ReturnType<typeof featureConfig>) {
  const clips = paths.map((p) => readFileSync(p));
  let audioSeconds = 0;
  let frames = 0;
  const t = { decode: 0, spectral: 0, yin: 0, pyin: 0 };
  for (const bytes of clips) {
    let t0 = performance.now();
    const { samples: y } = decodeWav(bytes);
    t.decode += performance.now() - t0;
    audioSeconds += y.length / config.sr;
    frames += 1 + Math.floor(y.length / config.hop_length);
    t0 = performance.now();
    spectralFeatures(y, config);
    t.spectral += performance.now() - t0;
    const pitchOpts = {
      sr: config.sr,
      fmin: config.f0_min,
      fmax: config.f0_max,
      frame_length: config.pitch_frame_length,
      hop_length: config.hop_length,
    };
    t0 = performance.now();
    yinWithPeriodicity(y, pitchOpts);
    t.yin += performance.now() - t0;
    t0 = performance.now();
    pyin(y, pitchOpts);
    t.pyin += performance.now() - t0;
  }
  const stage = (ms: number) => ({
    msTotal: round(ms, 1),
    usPerFrame: round((ms * 1000) / frames, 2),
    xRealTime: round(audioSeconds / (ms / 1000), 0),
  });
  return {
    files: clips.length,
    audioSeconds: round(audioSeconds, 1),
    frames,
    decode: stage(t.decode),
    spectral: stage(t.spectral),
    yin: stage(t.yin),
    pyin: stage(t.pyin),
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

await main();
