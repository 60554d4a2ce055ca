// Writes a script that carries a wasm: the loader template with the wasm gzip-compressed in base64 in place of its
// placeholder, and other placeholders replaced by files (as they are, or as a JSON string with ":json"). Each
// placeholder must occur once. Used by scripts/make-dist.sh for tolok-wasm.js and tolok-xlsx.js.
//   node scripts/wasm-script.mjs LOADER WASM WASM_PLACEHOLDER OUT [PLACEHOLDER=FILE[:json]]...
import fs from 'node:fs';
import zlib from 'node:zlib';

const [loader, wasm, wasmKey, out, ...more] = process.argv.slice(2);
const values = [[wasmKey, zlib.gzipSync(fs.readFileSync(wasm), { level: 9 }).toString('base64')]];
for (const arg of more) {
  const [key, spec] = arg.split(/=(.*)/s);
  const json = spec.endsWith(':json');
  const text = fs.readFileSync(json ? spec.slice(0, -5) : spec, 'utf8');
  values.push([key, json ? JSON.stringify(text) : text]);
}
let js = fs.readFileSync(loader, 'utf8');
for (const [key, value] of values) {
  if (js.split(key).length !== 2) throw new Error(`expected one ${key} in ${loader}`);
  js = js.split(key).join(value);
}
fs.writeFileSync(out, js);
