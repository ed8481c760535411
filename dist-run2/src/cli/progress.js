import cliProgress from 'cli-progress';
export function createProgress(label, total, options = {}) {
    const stream = options.stream ?? process.stderr;
    if (options.enabled === false)
        return { update() { }, stop() { } };
    if (stream.isTTY) {
        const bar = new cliProgress.SingleBar({
            format: `${label} |{bar}| {value}/{total} {unit} | {detail} | ETA {eta_formatted}`,
            stream,
            hideCursor: true,
            etaBuffer: 50,
            fps: 5,
        }, cliProgress.Presets.shades_classic);
        bar.start(total, 0, { unit: '', detail: '' });
        return {
            update(done, fields) {
                bar.update(done, { unit: fields.unit ?? '', detail: fields.detail ?? '' });
            },
            stop() {
                bar.stop();
            },
        };
    }
    const interval = (options.lineIntervalSeconds ?? 10) * 1000;
    const start = Date.now();
    let lastLine = 0;
    return {
        update(done, fields) {
            const now = Date.now();
            if (done < total && now - lastLine < interval)
                return;
            lastLine = now;
            const elapsed = (now - start) / 1000;
            const eta = typeof fields.etaSeconds === 'number' ? fields.etaSeconds : done > 0 ? (elapsed / done) * (total - done) : NaN;
            const etaText = Number.isFinite(eta) ? `${eta.toFixed(0)} s` : '?';
            stream.write(`${label}: ${done}/${total} ${fields.unit ?? ''} | ${fields.detail ?? ''} | elapsed ${elapsed.toFixed(1)} s | ETA ${etaText}\n`);
        },
        stop() { },
    };
}
//# sourceMappingURL=progress.js.map