import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toCorpusName } from '../corpus/index.js';
import { VoeError } from '../errors.js';
import { parseExperimentConfig } from '../evaluation/experiment-config.js';
import { runExperiment } from '../evaluation/experiment.js';
import { formatPercent } from '../scoring/metrics.js';
import { writeReport } from '../evaluation/report.js';
import { collectFolders, dataFolders, DEFAULT_CACHE_ROOT } from './options.js';
import { createProgress } from './progress.js';
const PROTOCOLS = {
    'speaker-folds': 'speaker-folds',
    loso: 'leave-one-speaker-out',
    'leave-one-speaker-out': 'leave-one-speaker-out',
    'random-leaky': 'random-leaky',
};
// No option below has a commander default: an option not given leaves the config file's value (--config) or the
// library's default (src/evaluation/experiment-config.ts), so a flag overrides a file and nothing else does.
function addCommonOptions(cmd) {
    return cmd
        .option('--config <file>', 'an experiment config (JSON), e.g. a results folder\'s config.json to reproduce that run; flags override its fields')
        .option('--data <dir>', 'folder of WAV files (RAVDESS, TESS, CREMA-D, SAVEE, EMO-DB or folder-per-label); repeat it for a corpus spread over several folders (speech and song); required unless --config names it', collectFolders)
        .option('--corpus <name>', 'corpus naming convention (default: detected from the file names)')
        .option('--out <dir>', 'results folder (default: results/<command>-<corpus>); rerun with the same folder to resume')
        .option('--cache <dir>', `feature cache folder (default ${DEFAULT_CACHE_ROOT})`)
        .option('--folds <n>', 'outer folds of whole speakers (default 6)')
        .option('--protocol <name>', 'speaker-folds (default) | loso (leave one speaker out) | random-leaky (speaker-DEPENDENT random split of the original study, labelled leaky)')
        .option('--epochs <n>', 'epochs per training of both networks (an upper bound when validation speakers stop it early; default CNN 60, RNN 45)')
        .option('--rnn-layers <n>', 'stacked recurrent layers of the RNN (default 1; 2 scored 2.5 UA points more on RAVDESS at twice the time)')
        .option('--rnn-conv <filters>', 'Conv1D front-end of the RNN (a CRNN), filters per block (default 64; none = a plain BiGRU, 4.2 UA points lower on RAVDESS at 0.6× the time)')
        .option('--cnn-pooling <mode>', 'how the CNN pools over time: mean (default) | stats (mean and standard deviation) | attention')
        .option('--label-smoothing <eps>', 'label smoothing of both networks\' training targets, 0 (default, off) to 0.5')
        .option('--speeds <factors>', 'speed perturbation of the training clips, e.g. 0.9,1.1 (none = off; default: the config\'s)')
        .option('--noise <copies>', 'noisy copies of each training clip, white noise at 10–30 dB SNR (default 0, none)')
        .option('--speaker-norm <mode>', 'per-speaker normalisation of every input: none (default) | mean | zscore (also turns gain augmentation off); uses each test speaker\'s unlabelled clips, and the results say so')
        .option('--seed <n>', 'seed of every random choice (default 1)')
        .option('--workers <n>', 'training worker threads (default: one per core)')
        .option('--json', 'print the metrics as one JSON object on stdout')
        .option('--quiet', 'no progress output');
}
export function registerEvaluateCommands(program) {
    addCommonOptions(program
        .command('train')
        .description('cross-validate one model speaker-independently; fold models and metrics land in the results folder')
        .requiredOption('--model <name>', 'cnn | rnn'))
        .option('--final', 'also train the model on every clip and save it (models/final-<model>)')
        .action(async (opts) => {
        await evaluate('train', opts, { design: 'folds', models: [opts.model], final: !!opts.final, functionalsBaseline: false });
    });
    addCommonOptions(program.command('compare').description('the CNN and the RNN on identical speaker-independent folds, with paired significance tests'))
        .option('--final', 'also train both models on every clip and save them')
        .action(async (opts) => {
        await evaluate('compare', opts, { design: 'folds', models: ['cnn', 'rnn'], final: !!opts.final, functionalsBaseline: false });
    });
    addCommonOptions(program
        .command('experiment')
        .description('the main job: CNN and RNN by nested speaker-independent cross-validation, an SVM stacked on their out-of-fold probabilities, baselines, significance tests, final models and a report'))
        .option('--stacking-inputs <what>', 'the SVM\'s inputs: probs (default) | probs+functionals | both (one ensemble each)')
        .option('--stack-functionals-svm', 'also build ensemble+svm-functionals: the SVM stacked on the functionals SVM\'s out-of-fold probabilities too, as a third base model')
        .action(async (opts) => {
        await evaluate('experiment', opts, {
            design: 'nested',
            models: ['cnn', 'rnn'],
            final: true,
            functionalsBaseline: true,
            stacking: { ...(opts.stackingInputs === undefined ? {} : { inputs: opts.stackingInputs }), ...(opts.stackFunctionalsSvm ? { functionalsSvmBase: true } : {}) },
        });
    });
}
/** A number flag as the config's number: the library checks its range and names the field. */
function num(text) {
    return text.trim() === '' ? Number.NaN : Number(text);
}
/** The settings both networks share, from the flags that set them. */
function networkFlags(opts) {
    const augment = {
        ...(opts.speeds === undefined ? {} : { speeds: opts.speeds.trim() === 'none' ? [] : [...new Set(opts.speeds.split(',').map(num))].sort((a, b) => a - b) }),
        ...(opts.noise === undefined ? {} : { noiseCopies: num(opts.noise) }),
    };
    return {
        ...(opts.epochs === undefined ? {} : { epochs: num(opts.epochs) }),
        ...(opts.labelSmoothing === undefined ? {} : { labelSmoothing: num(opts.labelSmoothing) }),
        ...(Object.keys(augment).length ? { augment } : {}),
    };
}
/** Which flag sets a config field, so that an error about the field can name the flag the user typed. */
const FLAG_OF = [
    [/^folds\b/, '--folds'], [/^seed\b/, '--seed'], [/^workers\b/, '--workers'], [/^protocol\b/, '--protocol'], [/^speakerNorm\b/, '--speaker-norm'],
    [/^(cnn|rnn)\.epochs\b/, '--epochs'], [/^(cnn|rnn)\.labelSmoothing\b/, '--label-smoothing'], [/^(cnn|rnn)\.augment\.speeds\b/, '--speeds'],
    [/^(cnn|rnn)\.augment\.noiseCopies\b/, '--noise'], [/^rnn\.layers\b/, '--rnn-layers'], [/^rnn\.convFilters\b/, '--rnn-conv'], [/^cnn\.pooling\b/, '--cnn-pooling'],
    [/^stacking\.inputs\b/, '--stacking-inputs'], [/^models\b/, '--model'], [/^corpus\b/, '--corpus'],
];
/** The run's config: defaults, then the --config file, then the command's shape, then the flags; checked before any work. */
export function configFromOptions(command, opts, shape) {
    const file = opts.config === undefined ? undefined : readConfigFile(opts.config);
    const fileHas = (field) => file !== undefined && file[field] !== undefined;
    const protocol = opts.protocol === undefined ? undefined : (PROTOCOLS[opts.protocol] ?? opts.protocol);
    const flags = {
        ...shape,
        ...(opts.data === undefined ? {} : { data: dataFolders(opts.data) }),
        ...(opts.corpus === undefined ? {} : { corpus: toCorpusName(opts.corpus) }),
        ...(opts.out === undefined ? {} : { out: resolve(opts.out) }),
        ...(opts.cache === undefined ? {} : { cacheRoot: resolve(opts.cache) }),
        ...(opts.folds === undefined ? {} : { folds: num(opts.folds) }),
        ...(protocol === undefined ? {} : { protocol: protocol }),
        ...(opts.seed === undefined ? {} : { seed: num(opts.seed) }),
        ...(opts.speakerNorm === undefined ? {} : { speakerNorm: opts.speakerNorm }),
        ...(opts.workers === undefined ? {} : { workers: num(opts.workers) }),
    };
    const shared = networkFlags(opts);
    const rnnArch = {
        ...(opts.rnnLayers === undefined ? {} : { layers: num(opts.rnnLayers) }),
        ...(opts.rnnConv === undefined ? {} : { convFilters: opts.rnnConv.trim() === 'none' ? [] : opts.rnnConv.split(',').map(num) }),
    };
    flags.cnn = { ...shared, ...(opts.cnnPooling === undefined ? {} : { pooling: opts.cnnPooling }) };
    flags.rnn = { ...shared, ...rnnArch };
    if (flags.data === undefined && !fileHas('data'))
        throw new VoeError('INVALID_ARGUMENT', 'no data: give --data <dir> (or --config <file> that names it)');
    if (flags.out === undefined && !fileHas('out')) {
        const data = flags.data ?? file.data;
        const dataName = (Array.isArray(data) ? data : [data]).map((d) => String(d).split(/[\\/]/).filter(Boolean).pop() ?? 'data').join('+');
        const norm = flags.speakerNorm ?? file?.speakerNorm ?? 'none';
        flags.out = resolve(join('results', `${command}-${dataName}${norm === 'none' ? '' : `-spk${norm}`}${flags.protocol === 'random-leaky' ? '-LEAKY' : ''}`));
    }
    try {
        return parseExperimentConfig(file ?? {}, opts.config ?? 'config', flags);
    }
    catch (e) {
        if (e instanceof VoeError && e.code === 'INVALID_CONFIG') {
            const flag = FLAG_OF.find(([field]) => field.test(e.message))?.[1];
            if (flag)
                throw new VoeError('INVALID_CONFIG', `${flag}: ${e.message}`, { cause: e });
        }
        throw e;
    }
}
/** The config file's JSON (checked with the flags, by parseExperimentConfig). */
function readConfigFile(path) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new VoeError(code === 'EACCES' ? 'PERMISSION_DENIED' : 'FILE_NOT_FOUND', `cannot read the config file (${code ?? String(e)})`, { path, cause: e });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new VoeError('INVALID_CONFIG', `not valid JSON: ${e.message}`, { path });
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new VoeError('INVALID_CONFIG', 'must be a JSON object of ExperimentConfig fields', { path });
    }
    return json;
}
async function evaluate(command, opts, shape) {
    const cfg = configFromOptions(command, opts, shape);
    const quiet = !!opts.quiet;
    const say = (line) => {
        if (!quiet)
            process.stderr.write(`${line}\n`);
    };
    say(`voe ${command}: results in ${cfg.out}`);
    const controller = new AbortController();
    const onSigint = () => {
        say('interrupted: finished trainings are saved; run the same command again to resume');
        controller.abort();
    };
    process.once('SIGINT', onSigint);
    let features = null;
    let featureVersion = '';
    let jobs = null;
    let phase = '';
    let outcome;
    try {
        outcome = await runExperiment(cfg, {
            log: say,
            signal: controller.signal,
            onFeatures: (p) => {
                if (quiet)
                    return;
                if (p.perturbation !== featureVersion) {
                    features?.stop();
                    features = null;
                    featureVersion = p.perturbation;
                }
                features ??= createProgress(p.perturbation === '' ? 'features' : `features (${p.perturbation})`, p.total);
                const speed = p.elapsedSeconds > 0 ? p.audioSeconds / p.elapsedSeconds : 0;
                features.update(p.done, { unit: 'files', detail: `${speed.toFixed(0)}× real time, ${p.cached} cached, ${p.failed} failed` });
            },
            onJobs: (name, p) => {
                if (quiet)
                    return;
                if (name !== phase) {
                    features?.stop();
                    jobs?.stop();
                    phase = name;
                    jobs = createProgress(name, p.jobsTotal, { lineIntervalSeconds: 15 });
                }
                const e = p.epoch;
                const detail = p.kind === 'epoch' && e
                    ? `${p.id} epoch ${e.epoch}: loss ${e.loss.toFixed(3)}${e.valUa === null ? '' : `, val UA ${(100 * e.valUa).toFixed(1)} %`}`
                    : `${p.id} ${p.kind}`;
                const eta = p.etaSeconds === null ? '' : `, ETA ≈ ${formatDuration(p.etaSeconds)}`;
                jobs.update(p.jobsDone, { unit: 'trainings', detail: `${detail}${eta}`, ...(p.etaSeconds === null ? {} : { etaSeconds: p.etaSeconds }) });
            },
        });
    }
    finally {
        features?.stop();
        jobs?.stop();
        process.off('SIGINT', onSigint);
    }
    if (outcome.interrupted || !outcome.results) {
        process.exitCode = 130;
        return;
    }
    const results = outcome.results;
    await writeReport(cfg.out, results);
    if (opts.json)
        process.stdout.write(`${JSON.stringify(summaryJson(results))}\n`);
    else
        process.stdout.write(resultsTable(results));
    process.exitCode = 0;
}
function formatDuration(seconds) {
    return seconds >= 90 ? `${Math.round(seconds / 60)} min` : `${Math.round(seconds)} s`;
}
function summaryJson(r) {
    const models = {};
    for (const [name, m] of Object.entries(r.models)) {
        models[name] = { wa: m.wa, ua: m.ua, macroF1: m.macroF1, pooledUa: m.pooled.ua, description: m.description };
    }
    return { protocol: r.protocol.label, leaky: r.protocol.leaky, classes: r.classes, seed: r.seed, models, ...(r.channels ? { channels: r.channels } : {}), comparisons: r.comparisons, wallSeconds: r.wallSeconds, backend: r.machine.backend };
}
export function resultsTable(r) {
    const rows = Object.values(r.models).map((m) => [m.name, formatPercent(m.wa), formatPercent(m.ua), formatPercent(m.macroF1)]);
    const header = ['model', 'WA %', 'UA %', 'macro-F1 %'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const fmt = (row) => row.map((v, i) => v.padEnd(widths[i])).join('  ');
    const lines = [
        `${r.protocol.label}${r.protocol.leaky ? '  ** speaker-dependent (leaky): not a measure of generalisation to new speakers **' : ''}`,
        `mean ± std over ${r.protocol.folds.length} folds, seed ${r.seed}, ${r.corpus.utterances} clips, wall ${r.wallSeconds.toFixed(0)} s`,
        `backend: ${r.machine.backend}`,
        fmt(header),
        ...rows.map(fmt),
    ];
    if (r.channels) {
        const channels = [...new Set(Object.values(r.channels).flatMap((c) => Object.keys(c)))].sort();
        const head = ['model', ...channels.map((ch) => `${ch} UA %`)];
        const chRows = Object.entries(r.channels).map(([name, c]) => [name, ...channels.map((ch) => (c[ch] ? formatPercent(c[ch].ua) : ''))]);
        const w = head.map((h, i) => Math.max(h.length, ...chRows.map((row) => row[i].length)));
        lines.push('per vocal channel (UA over the classes each channel has):', head.map((v, i) => v.padEnd(w[i])).join('  '), ...chRows.map((row) => row.map((v, i) => v.padEnd(w[i])).join('  ')));
    }
    for (const c of r.comparisons) {
        lines.push(`${c.a} vs ${c.b}: McNemar p = ${c.mcnemar.pValue.toPrecision(3)}, fold t-test p = ${c.folds.pValue.toPrecision(3)}`);
    }
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=evaluate.js.map