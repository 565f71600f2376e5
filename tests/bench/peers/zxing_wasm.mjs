// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Peer: zxing-wasm (upstream zxing-cpp 3.x built to WebAssembly) under Node.js.
// Reads image paths from standard input, one a line; decodes PNG with pngjs and JPEG
// with jpeg-js (pure JS, no native dependencies) to RGBA outside the timed call; then
// times readBarcodes() on the pixels (zxing-wasm's own RGBA-to-grey step included, as
// the native peers time their grey conversion). Options: the upstream defaults
// (tryHarder, tryRotate, tryInvert, tryDownscale, LocalAverage) with formats QR Code,
// and text mode Plain: the default, HRI, spells control characters as "<SOH>", which
// changes text, not reading (QrDecoder sets Plain too when built against zxing-cpp 2.x+).
// Prints {"peer","version",...} first, then one {"file","texts","ms"} line per image.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";

import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import {
    ZXING_CPP_COMMIT,
    ZXING_WASM_VERSION,
    defaultReaderOptions,
    prepareZXingModule,
    readBarcodes,
} from "zxing-wasm/reader";

const require = createRequire(import.meta.url);
const readerOptions = { formats: ["QRCode"], textMode: "Plain" };

// The package would fetch its .wasm from a CDN; hand it the installed file instead.
const wasm = readFileSync(require.resolve("zxing-wasm/reader/zxing_reader.wasm"));
await prepareZXingModule({
    overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
    fireImmediately: true,
});

function decodeImage(path) {
    const bytes = readFileSync(path);
    if (bytes[0] === 0x89 && bytes[1] === 0x50) {
        // pngjs expands palette, low bit depths and grey to 8-bit RGBA, as imread does to BGR(A).
        const png = PNG.sync.read(bytes);
        return { data: png.data, width: png.width, height: png.height };
    }
    const jpg = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 2048 });
    return { data: jpg.data, width: jpg.width, height: jpg.height };
}

const jpegVersion = require("jpeg-js/package.json").version;
const pngVersion = require("pngjs/package.json").version;
console.log(JSON.stringify({
    peer: "zxing-wasm",
    version: ZXING_WASM_VERSION,
    zxing_cpp_commit: ZXING_CPP_COMMIT,
    node: process.versions.node,
    image_decoders: `jpeg-js ${jpegVersion}, pngjs ${pngVersion}`,
    options: { ...defaultReaderOptions, ...readerOptions },
}));

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const path of lines) {
    if (!path)
        continue;
    let image;
    try {
        image = decodeImage(path);
    } catch (error) {
        console.log(JSON.stringify({ file: path, texts: [], ms: 0, error: `unreadable image: ${error.message}` }));
        continue;
    }
    try {
        const start = performance.now();
        const results = await readBarcodes(image, readerOptions);
        const ms = performance.now() - start;
        const texts = results.filter((result) => result.isValid).map((result) => result.text);
        console.log(JSON.stringify({ file: path, texts, ms }));
    } catch (error) {
        console.log(JSON.stringify({ file: path, texts: [], ms: 0, error: String(error) }));
    }
}
