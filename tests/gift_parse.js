// Reads GIFT from stdin and prints gift-pegjs's parse of it as JSON (tests/test_export_gift.py).
// The parser lives where CI installs it: npm install --no-save --prefix .ci/node gift-pegjs@1.0.2
"use strict";
const path = require("path");
const { parse } = require(path.join(__dirname, "..", ".ci", "node", "node_modules", "gift-pegjs"));

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  try {
    process.stdout.write(JSON.stringify(parse(input)));
  } catch (error) {
    process.stderr.write(`${error.message} at ${JSON.stringify(error.location)}\n`);
    process.exit(1);
  }
});
