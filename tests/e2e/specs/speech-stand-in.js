// A stand-in for the Web Speech API, installed before the app loads: headless
// browsers have no voices. It records every utterance (text, lang, voice, rate)
// and speaks nothing until the test says so: `__speech.endAll()` ends what is
// queued (each utterance's `end`, in order), `__speech.fail()` makes the current
// one error, `__speech.addVoices()` delivers voices that were held back.
//
// Used by Playwright (page.addInitScript) and by the WebDriver suites, which
// load the same function as a script file.

/** Voices a phone might list; the network ones must never be chosen. */
export const VOICES = [
  { voiceURI: "urn:test:samantha", name: "Samantha", lang: "en-US", localService: true },
  { voiceURI: "urn:test:monica", name: "Mónica", lang: "es-ES", localService: true },
  { voiceURI: "urn:test:paulina", name: "Paulina", lang: "es-MX", localService: true },
  { voiceURI: "urn:test:google-es", name: "Google español de Estados Unidos", lang: "es-US", localService: false },
  { voiceURI: "urn:test:google-en", name: "Google US English", lang: "en-US", localService: false },
];

/** Runs in the page. `voices` are listed at once unless `late`. */
export function installSpeechStandIn({ voices, late = false }) {
  const log = [];
  let queue = [];
  let listed = late ? [] : voices;
  const state = { paused: false, cancelled: 0 };
  const speechSynthesis = {
    onvoiceschanged: null,
    get speaking() {
      return queue.length > 0;
    },
    get paused() {
      return state.paused;
    },
    get pending() {
      return queue.length > 1;
    },
    getVoices: () => listed,
    speak(utterance) {
      log.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.voiceURI ?? null, rate: utterance.rate });
      queue.push(utterance);
    },
    cancel() {
      const dropped = queue;
      queue = [];
      state.paused = false;
      if (dropped.length > 0) state.cancelled += 1;
      // As browsers do: the interrupted utterances report an error.
      for (const utterance of dropped) utterance.onerror?.({ error: "interrupted" });
    },
    pause: () => (state.paused = true),
    resume: () => (state.paused = false),
    addEventListener() {},
    removeEventListener() {},
  };
  class SpeechSynthesisUtterance {
    constructor(text = "") {
      Object.assign(this, { text, lang: "", voice: null, rate: 1, pitch: 1, volume: 1, onend: null, onerror: null });
    }
  }
  Object.defineProperty(window, "speechSynthesis", { value: speechSynthesis, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: SpeechSynthesisUtterance, configurable: true });
  window.__speech = {
    log,
    state,
    queued: () => queue.map((utterance) => utterance.text),
    /** Ends everything queued now, in order, as if it had all been read. */
    endAll() {
      const done = queue;
      queue = [];
      for (const utterance of done) utterance.onend?.({});
    },
    /** The voice gives up on what it is reading. */
    fail() {
      const failed = queue;
      queue = [];
      failed[0]?.onerror?.({ error: "synthesis-failed" });
    },
    addVoices() {
      listed = voices;
      speechSynthesis.onvoiceschanged?.({});
    },
  };
}
