// JavaScript's own answers for tests/integration/tst_jsonwriter: JSON.stringify of strings given as
// UTF-16 code units (so lone surrogates survive the trip), String() of doubles given as IEEE-754
// bits, Array.prototype.sort() of keys, and JSON.stringify(JSON.parse(doc), null, 2). Not shipped.
//
//   node json-oracle.mjs CASES.json  ->  {strings, numbers, sorted, documents}
import { readFileSync } from 'node:fs';

const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const fromUnits = (units) => String.fromCharCode(...units);
const toUnits = (text) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
const base64 = (text) => Buffer.from(text, 'utf8').toString('base64');

const out = {
    strings: cases.strings.map((units) => base64(JSON.stringify(fromUnits(units)))),
    numbers: cases.numbers.map((hex) => {
        const value = Buffer.from(hex, 'hex').readDoubleBE(0);
        return [String(value), JSON.stringify(value)];
    }),
    sorted: cases.keys.map((keys) => keys.map(fromUnits).sort().map(toUnits)),
    documents: cases.documents.map((doc) => base64(JSON.stringify(JSON.parse(doc), null, 2))),
};
process.stdout.write(JSON.stringify(out));
