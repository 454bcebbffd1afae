// Runs uglify-js or terser (the Debian node libraries, which install no
// command) the way their command lines would: node minify-with-node.js
// TOOL MODE INPUT OUTPUT, with TOOL uglify-js or terser and MODE mangle
// (rename locals, no compress) or whitespace (neither).
"use strict";
const fs = require("fs");
const [tool, mode, input, output] = process.argv.slice(2);
const library = require(tool);
const code = fs.readFileSync(input, "utf8");
const mangle = mode === "mangle";
const options = {
  compress: false,
  mangle: mangle,
  // Both keep /*! and @license/@preserve comments in mangle mode, as
  // snowpak's default does; none in whitespace mode.
  output: { comments: mangle ? "some" : false },
};
Promise.resolve(library.minify(code, options)).then((result) => {
  if (result.error) throw result.error;
  fs.writeFileSync(output, result.code);
}).catch((error) => {
  console.error(String(error && error.message || error));
  process.exit(1);
});
