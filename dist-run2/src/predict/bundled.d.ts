export declare const BUNDLED_MODEL = "ravdess-speech";
/** The bundled model's folder. */
export declare function bundledModelDir(): string;
