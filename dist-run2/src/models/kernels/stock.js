const stock = new Map();
export function rememberStockKernel(config) {
    stock.set(config.kernelName, config);
}
export function callStock(name, args) {
    const config = stock.get(name);
    if (!config)
        throw new Error(`voe wasm ${name}: the stock wasm kernel is not available for this case`);
    return config.kernelFunc(args);
}
//# sourceMappingURL=stock.js.map