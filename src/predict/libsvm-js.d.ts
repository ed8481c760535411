// libsvm-js ships no types; the browser entry (browser.ts) imports these two files of it, typed where used.
declare module 'libsvm-js/out/wasm/libsvm.js';
declare module 'libsvm-js/src/loadSVM.js';
