export type PytorchResult = {
    secondsPerEpoch: number;
} & Record<string, unknown>;
/** `args` are pytorch_reference.py's own options (--model, --frames, …); `--threads 1` is always added. */
export declare function runPytorchReference(args: string[]): PytorchResult | {
    skipped: string;
} | {
    failed: string;
};
