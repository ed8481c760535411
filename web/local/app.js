/**
 * The page of `voe export-web`: the whole predictor in the browser (voe-browser.js), no server. Microphone →
 * AudioWorklet → ring buffer; every second the last 3 s, if not silent, go to `predictor.predict(samples, rate)`.
 * A dropped or chosen file is decoded (WAV by our own decoder, as in Node; anything else by the browser) and
 * classified whole. `window.voePage` exposes the predictor to tests.
 */
import { backend, configure, decodeWav, EmotionPredictor, fetchModelSource } from './voe-browser.js';
import { lastSamples, rmsDbfs } from './wav.js';

const WINDOW_SECONDS = 3;
const HOP_MS = 1000;
/** Below this RMS level the window is treated as silence and not classified. */
const SILENCE_DBFS = -50;
const HISTORY = 60;
const COLOURS = ['#b2182b', '#5e8ca8', '#6a3d9a', '#e08214', '#f1c40f', '#7f7f7f', '#2166ac', '#1b9e77', '#d95f02', '#66a61e'];

const $ = (id) => document.getElementById(id);
let predictor = null;
let live = null;
let busy = false;

function showError(message) {
  $('error').textContent = message ?? '';
}

function percent(p) {
  return `${(100 * p).toFixed(0)} %`;
}

function drawBars(probabilities) {
  const classes = predictor.classes;
  const best = probabilities ? Math.max(...classes.map((c) => probabilities[c])) : -1;
  $('bars').replaceChildren(
    ...classes.map((name) => {
      const p = probabilities?.[name] ?? 0;
      const row = document.createElement('div');
      row.className = `bar${p === best ? ' top' : ''}`;
      row.innerHTML = '<span></span><div class="track" role="meter" aria-valuemin="0" aria-valuemax="100"><div class="fill"></div></div><span class="num"></span>';
      row.children[0].textContent = name;
      const track = row.querySelector('.track');
      track.setAttribute('aria-label', name);
      track.setAttribute('aria-valuenow', (100 * p).toFixed(0));
      row.querySelector('.fill').style.width = `${(100 * p).toFixed(1)}%`;
      row.children[2].textContent = probabilities ? percent(p) : '';
      return row;
    }),
  );
}

function addHistory(answer, label) {
  const col = document.createElement('div');
  col.className = 'col';
  col.setAttribute('role', 'listitem');
  col.title = `${label}: ${answer.emotion} ${percent(answer.probabilities[answer.emotion])}`;
  col.setAttribute('aria-label', col.title);
  predictor.classes.forEach((c, k) => {
    const seg = document.createElement('div');
    seg.className = 'seg';
    seg.style.height = `${(100 * answer.probabilities[c]).toFixed(1)}%`;
    seg.style.background = COLOURS[k % COLOURS.length];
    col.append(seg);
  });
  $('history').prepend(col);
  while ($('history').children.length > HISTORY) $('history').lastChild.remove();
}

function show(answer, label) {
  showError(null);
  $('verdict').textContent = answer.emotion;
  drawBars(answer.probabilities);
  $('warnings').replaceChildren(
    ...(answer.warnings ?? []).map((w) => {
      const li = document.createElement('li');
      li.textContent = typeof w === 'string' ? w : `${w.message} (${w.code})`;
      return li;
    }),
  );
  addHistory(answer, label);
}

function describeModel(summary) {
  const cv = summary.crossValidated;
  const chance = (100 / summary.classes.length).toFixed(1);
  $('model').textContent = cv
    ? `model: ${summary.model}; cross-validated on ${cv.utterances} clips (${cv.protocol}): unweighted accuracy ${(100 * cv.ua.mean).toFixed(1)} ± ${(100 * cv.ua.std).toFixed(1)} % (chance ${chance} %)`
    : `model: ${summary.model} (no cross-validated scores recorded with it)`;
  const rows = [
    ['deciding model', summary.model],
    ['emotions', summary.classes.join(', ')],
  ];
  if (summary.trainedOn) rows.push(['trained on', `${summary.trainedOn.corpus}: ${summary.trainedOn.utterances} clips of ${summary.trainedOn.speakers} speakers`]);
  if (cv) {
    const f = (m) => `${(100 * m.mean).toFixed(1)} ± ${(100 * m.std).toFixed(1)} %`;
    rows.push(['scored on unseen speakers', cv.protocol]);
    rows.push(['unweighted accuracy (UA)', `${f(cv.ua)} (chance ${chance} %)`]);
    rows.push(['weighted accuracy (WA)', f(cv.wa)]);
    rows.push(['macro-F1', f(cv.macroF1)]);
  }
  const table = document.createElement('table');
  for (const [k, v] of rows) {
    const tr = table.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = k;
    tr.append(th);
    tr.insertCell().textContent = v;
  }
  $('about').replaceChildren(table);
  $('legend').replaceChildren(
    ...summary.classes.map((c, k) => {
      const s = document.createElement('span');
      s.innerHTML = `<i style="background:${COLOURS[k % COLOURS.length]}"></i>`;
      s.append(c);
      return s;
    }),
  );
}

async function classify(samples, sampleRate, label) {
  busy = true;
  try {
    show(await predictor.predict(samples, sampleRate), label);
  } finally {
    busy = false;
  }
}

async function startMicrophone() {
  const stream = await navigator.mediaDevices.getUserMedia({
    // The model was trained on unprocessed studio recordings: the browser's voice processing would only move the input away from them.
    audio: { channelCount: 1, echoCancellation: false, noiseSuppression: false, autoGainControl: false },
  });
  // Recorded at the browser's rate and resampled in the page by the predictor, as a WAV at that rate is in Node.
  const context = new AudioContext();
  await context.audioWorklet.addModule('recorder-worklet.js');
  const source = context.createMediaStreamSource(stream);
  const recorder = new AudioWorkletNode(context, 'voe-recorder');
  const mute = context.createGain();
  mute.gain.value = 0;
  source.connect(recorder).connect(mute).connect(context.destination);
  const ring = new Float32Array(Math.ceil(WINDOW_SECONDS * context.sampleRate));
  const state = { stream, context, ring, next: 0, filled: 0, timer: 0 };
  recorder.port.onmessage = (event) => {
    const block = event.data;
    for (let i = 0; i < block.length; i++) {
      ring[state.next] = block[i];
      state.next = (state.next + 1) % ring.length;
    }
    state.filled += block.length;
  };
  state.timer = setInterval(async () => {
    const recent = lastSamples(ring, state.next, state.filled, ring.length);
    const level = rmsDbfs(recent.subarray(Math.max(0, recent.length - context.sampleRate / 4)));
    $('level').value = Math.max(-80, level);
    if (busy || recent.length < ring.length) return;
    if (rmsDbfs(recent) < SILENCE_DBFS) {
      $('status').textContent = 'listening… (silence: nothing classified)';
      return;
    }
    $('status').textContent = 'listening… classifying the last 3 s in this page';
    try {
      await classify(recent, context.sampleRate, 'microphone');
    } catch (e) {
      showError(e.message);
    }
  }, HOP_MS);
  window.voePage.micSampleRate = context.sampleRate;
  $('status').textContent = `listening at ${context.sampleRate} Hz… (collecting the first ${WINDOW_SECONDS} s)`;
  return state;
}

function stopMicrophone(state) {
  clearInterval(state.timer);
  state.stream.getTracks().forEach((t) => t.stop());
  void state.context.close();
  $('status').textContent = 'The microphone is off.';
}

/** A WAV through our own decoder (the same samples as in Node); anything else through the browser's decoder. */
async function decodeFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const riff = bytes.length >= 12 && String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...bytes.subarray(8, 12)) === 'WAVE';
  if (riff) {
    const decoded = decodeWav(bytes, file.name);
    return { samples: decoded.samples, sampleRate: decoded.sampleRate };
  }
  const context = new OfflineAudioContext(1, 1, 44100);
  let buffer;
  try {
    buffer = await context.decodeAudioData(bytes.buffer);
  } catch {
    throw new Error('this browser cannot decode the file (not audio, or a format it does not know)');
  }
  // Channels averaged to mono, as decodeWav does.
  const samples = new Float32Array(buffer.length);
  for (let c = 0; c < buffer.numberOfChannels; c++) {
    const ch = buffer.getChannelData(c);
    for (let i = 0; i < ch.length; i++) samples[i] += ch[i] / buffer.numberOfChannels;
  }
  return { samples, sampleRate: buffer.sampleRate };
}

async function classifyFile(file) {
  $('status').textContent = `classifying ${file.name} in this page…`;
  try {
    const { samples, sampleRate } = await decodeFile(file);
    await classify(samples, sampleRate, file.name);
    $('status').textContent = `${file.name}: done`;
  } catch (e) {
    showError(`${file.name}: ${e.message}`);
    $('status').textContent = `${file.name}: not classified`;
  }
}

$('mic').addEventListener('click', async () => {
  if (live) {
    stopMicrophone(live);
    live = null;
    $('mic').textContent = 'Start microphone';
    $('mic').classList.remove('stop');
    return;
  }
  try {
    live = await startMicrophone();
    $('mic').textContent = 'Stop microphone';
    $('mic').classList.add('stop');
    showError(null);
  } catch (e) {
    showError(`microphone: ${e.message}`);
  }
});

$('file').addEventListener('change', () => {
  const file = $('file').files[0];
  if (file) void classifyFile(file);
});
const drop = $('drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const file = e.dataTransfer.files[0];
  if (file && predictor) void classifyFile(file);
});

const params = new URLSearchParams(location.search);
const choice = params.get('backend') ?? 'auto';
$('backend-choice').value = choice;
$('backend-choice').addEventListener('change', () => {
  params.set('backend', $('backend-choice').value);
  location.search = params.toString();
});

async function main() {
  const site = await (await fetch('site.json')).json();
  configure({ backend: choice, wasmBase: new URL('./', location.href).href });
  const started = performance.now();
  // The site lists its files, so the predictor need not ask the server which optional model files exist.
  const files = site.files.filter((f) => f.startsWith(site.model)).map((f) => f.slice(site.model.length));
  predictor = await EmotionPredictor.load(fetchModelSource(new URL(site.model, location.href).href, { files }), site.ensemble ?? undefined);
  const loadMs = performance.now() - started;
  const info = await backend();
  $('backend').textContent = info.details;
  if (info.skipped.length) $('backend').title = `skipped: ${info.skipped.map((s) => `${s.name} (${s.reason})`).join('; ')}`;
  describeModel(predictor.summary());
  drawBars(null);
  $('mic').disabled = false;
  $('file').disabled = false;
  window.voePage = { predictor, backend: info, loadMs, readyMs: performance.now(), decodeWav };
}

if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register('sw.js').catch((e) => console.warn(`offline cache unavailable: ${e.message}`));
}
main().catch((e) => {
  showError(`cannot load the model: ${e.message}`);
  window.voePage = { error: e.message };
});
