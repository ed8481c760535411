/**
 * The live page: microphone → AudioWorklet → ring buffer; every second the last 3 s, if not silent, go to
 * POST /api/predict as a float WAV, and the answer is drawn as one bar per emotion.
 */
import { encodeWavFloat32, lastSamples, rmsDbfs } from './wav.js';

const WINDOW_SECONDS = 3;
const HOP_MS = 1000;
/** Below this RMS level the window is treated as silence and not sent. */
const SILENCE_DBFS = -50;

const $ = (id) => document.getElementById(id);
let classes = [];
let live = null;

function showError(message) {
  $('error').textContent = message ?? '';
}

function drawBars(probabilities) {
  const entries = classes.map((c) => [c, probabilities?.[c] ?? 0]);
  const best = Math.max(...entries.map(([, p]) => p));
  $('bars').replaceChildren(
    ...entries.map(([name, p]) => {
      const row = document.createElement('div');
      row.className = `bar${probabilities && p === best ? ' top' : ''}`;
      row.innerHTML = `<span></span><div class="track"><div class="fill"></div></div><span class="num"></span>`;
      row.children[0].textContent = name;
      row.querySelector('.fill').style.width = `${(100 * p).toFixed(1)}%`;
      row.children[2].textContent = probabilities ? `${(100 * p).toFixed(0)} %` : '';
      return row;
    }),
  );
}

async function predict(body) {
  const response = await fetch('/api/predict', { method: 'POST', headers: { 'content-type': 'audio/wav' }, body });
  const answer = await response.json();
  if (!response.ok) throw new Error(`${answer.error?.code ?? response.status}: ${answer.error?.message ?? 'request failed'}`);
  return answer;
}

function show(answer) {
  showError(null);
  $('verdict').textContent = answer.emotion;
  drawBars(answer.probabilities);
  const tag = document.createElement('span');
  tag.textContent = answer.emotion;
  $('history').prepend(tag);
  while ($('history').children.length > 40) $('history').lastChild.remove();
}

async function loadModel() {
  const response = await fetch('/api/model');
  const summary = await response.json();
  classes = summary.classes;
  const cv = summary.crossValidated;
  $('model').textContent = cv
    ? `model: ${summary.model}; cross-validated on ${cv.utterances} clips (${cv.protocol}): unweighted accuracy ${(100 * cv.ua.mean).toFixed(1)} ± ${(100 * cv.ua.std).toFixed(1)} % (chance ${(100 / classes.length).toFixed(1)} %)`
    : `model: ${summary.model} (no cross-validated scores recorded with it)`;
  drawBars(null);
}

async function startMicrophone() {
  const stream = await navigator.mediaDevices.getUserMedia({
    // The model was trained on unprocessed studio recordings: the browser's voice processing would only move the input away from them.
    audio: { channelCount: 1, echoCancellation: false, noiseSuppression: false, autoGainControl: false },
  });
  const context = new AudioContext();
  await context.audioWorklet.addModule('/recorder-worklet.js');
  const source = context.createMediaStreamSource(stream);
  const recorder = new AudioWorkletNode(context, 'voe-recorder');
  const mute = context.createGain();
  mute.gain.value = 0;
  source.connect(recorder).connect(mute).connect(context.destination);
  const ring = new Float32Array(Math.ceil(WINDOW_SECONDS * context.sampleRate));
  const state = { stream, context, ring, next: 0, filled: 0, busy: false, timer: 0 };
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
    if (state.busy || recent.length < ring.length) return;
    if (rmsDbfs(recent) < SILENCE_DBFS) {
      $('status').textContent = 'listening… (silence: nothing sent)';
      return;
    }
    state.busy = true;
    $('status').textContent = 'listening… classifying the last 3 s';
    try {
      show(await predict(encodeWavFloat32(recent, context.sampleRate)));
    } catch (e) {
      showError(e.message);
    } finally {
      state.busy = false;
    }
  }, HOP_MS);
  $('status').textContent = `listening… (collecting the first ${WINDOW_SECONDS} s)`;
  return state;
}

function stopMicrophone(state) {
  clearInterval(state.timer);
  state.stream.getTracks().forEach((t) => t.stop());
  void state.context.close();
  $('status').textContent = 'The microphone is off.';
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

$('file').addEventListener('change', async () => {
  const file = $('file').files[0];
  if (!file) return;
  $('status').textContent = `classifying ${file.name}…`;
  try {
    show(await predict(await file.arrayBuffer()));
    $('status').textContent = `${file.name}: done`;
  } catch (e) {
    showError(`${file.name}: ${e.message}`);
  }
});

loadModel().catch((e) => showError(`cannot load the model description: ${e.message}`));
