import { type Server } from 'node:http';
import type { EmotionPredictor } from '../predict/predictor.js';
export interface ServerOptions {
    /** Largest accepted upload in bytes (default 32 MiB: about 3 minutes of 48 kHz stereo float). */
    maxUploadBytes?: number;
    /** Called with one line per request (method, path, status, milliseconds); default: nothing. */
    log?: (line: string) => void;
}
/** The web/ folder at the package root. */
export declare function webDir(): string;
export declare function createEmotionServer(predictor: EmotionPredictor, options?: ServerOptions): Server;
