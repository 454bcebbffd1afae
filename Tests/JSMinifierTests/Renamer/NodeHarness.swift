import Foundation
import TestSupport

/// Runs node scripts for the renamer's tests: the reference parser
/// (acorn from node-acorn) and UglifyJS's scope analysis (node-uglify-js)
/// judge our output.
enum NodeHarness {
  static let node = "/usr/bin/node"
  static let acorn = "/usr/share/nodejs/acorn/dist/acorn.js"
  static let uglify = "/usr/share/nodejs/uglify-js/tools/node.js"

  /// Why the node tests cannot run here, or nil when they can.
  static var missingTool: String? {
    for path in [node, acorn, uglify]
    where !FileManager.default.fileExists(atPath: path) {
      return "\(path) is missing (Debian nodejs, node-acorn, node-uglify-js)"
    }
    return nil
  }

  /// A fresh temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("snowpak-renamer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: url, withIntermediateDirectories: true)
    return url
  }

  /// Runs `node script arguments...` and returns its standard output.
  static func run(script: String, arguments: [String], in directory: URL)
    throws -> String
  {
    let scriptURL = directory.appendingPathComponent("script.js")
    try script.write(to: scriptURL, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: node)
    process.arguments = [scriptURL.path] + arguments
    process.currentDirectoryURL = directory
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// The oracle's module that takes forms the minifier respells as the
  /// same: `if(a){b()}` is `if(a)b()`, `!0` is `true`.
  static let equivalentForms = URL(fileURLWithPath: AcornOracle.script)
    .deletingLastPathComponent()
    .appendingPathComponent("equivalent-forms.js").path

  /// The oracle's module that moves single-use function declarations to
  /// their use in both trees.
  static let inlinedFunctions = URL(fileURLWithPath: AcornOracle.script)
    .deletingLastPathComponent()
    .appendingPathComponent("inlined-functions.js").path

  /// Checks renamed files against their originals; one line per file,
  /// `ok <input> <renamed count>` or `FAIL <input>: <reason>`.
  static let checkRenaming = #"""
// Checks that each renamed file is the original program up to a
// consistent one-to-one renaming of local bindings.
// Usage: node check-renaming.js manifest.json
// manifest: [{"input": path, "output": path, "module": bool}, ...]
// Prints "ok <input>" or "FAIL <input>: <reason>" per file.
"use strict";
const fs = require("fs");
const acorn = require("/usr/share/nodejs/acorn/dist/acorn.js");
const U = require("/usr/share/nodejs/uglify-js/tools/node.js");
const { normalize } = require("\#(equivalentForms)");
const { nodesInWrittenOrder } = require("\#(inlinedFunctions)");

const ignored = new Set(["start", "end", "raw", "shorthand", "loc", "range"]);
// Identifier positions whose name is a property or exported name.
function isKeyPosition(parent, key) {
  if (!parent) return false;
  switch (parent.type) {
    case "MemberExpression": return key === "property" && !parent.computed;
    case "Property": case "MethodDefinition": case "PropertyDefinition":
      return key === "key" && !parent.computed;
    case "ImportSpecifier": return key === "imported";
    case "ExportSpecifier": return key === "exported";
    case "ExportAllDeclaration": return key === "exported";
    case "MetaProperty": return true;
  }
  return false;
}

// Same shapes, same literals, same property names; names of other
// identifiers are checked by scope below.
function compareTrees(a, b, path, parent, key) {
  if (a === null || typeof a !== "object") {
    if (a !== b && !(Number.isNaN(a) && Number.isNaN(b)))
      throw new Error(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    return;
  }
  if (typeof b !== "object" || b === null) throw new Error(`${path}: shape`);
  if (a instanceof RegExp || b instanceof RegExp) {
    if (String(a) !== String(b)) throw new Error(`${path}: regex`);
    return;
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length)
      throw new Error(`${path}: array length`);
    a.forEach((x, i) => compareTrees(x, b[i], `${path}[${i}]`, parent, key));
    return;
  }
  if (a.type !== b.type) throw new Error(`${path}: ${a.type} vs ${b.type} at ${a.start}`);
  if (a.type === "Identifier") {
    if (isKeyPosition(parent, key) && a.name !== b.name)
      throw new Error(`${path}: property ${a.name} vs ${b.name} at ${a.start}`);
    return;
  }
  for (const k of Object.keys(a)) {
    if (ignored.has(k)) continue;
    if (k === "value" && a.type === "Literal" && typeof a.value === "bigint") continue;
    compareTrees(a[k], b[k], `${path}.${k}`, a, k);
  }
}

// UglifyJS's scope analysis: each symbol in the input and the symbol at
// the same place in the output must name corresponding definitions, one
// to one; globals and undeclared names must be spelled the same. The
// undeclared `undefined` is left out: the minifier may write it `void 0`
// (a local binding of that name still counts). Symbols are taken in
// written order with single-use function declarations at their use
// (inlined-functions.js).
function symbols(code, module) {
  return nodesInWrittenOrder(code, module, (node) =>
    node instanceof U.AST_Symbol && !(node instanceof U.AST_This)
    && !(node instanceof U.AST_SymbolRef && node.name === "undefined"
      && node.thedef && node.thedef.undeclared));
}

function compareScopes(input, output, module) {
  const a = symbols(input, module), b = symbols(output, module);
  if (a.length !== b.length) throw new Error(`symbol count ${a.length} vs ${b.length}`);
  const forward = new Map(), backward = new Map();
  let renamed = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    const where = `${x.name} at ${x.start && x.start.line}:${x.start && x.start.col}`;
    if (x.TYPE !== y.TYPE) throw new Error(`${where}: ${x.TYPE} vs ${y.TYPE}`);
    const dx = x.thedef, dy = y.thedef;
    if (!dx || !dy) {
      if (x instanceof U.AST_Label || x instanceof U.AST_LabelRef) continue;
      if (x.name !== y.name) throw new Error(`${where}: unbound renamed to ${y.name}`);
      continue;
    }
    if (dx.undeclared || (dx.global && !module)) {
      if (x.name !== y.name) throw new Error(`${where}: global renamed to ${y.name}`);
    }
    if (x.name !== y.name) renamed++;
    if (forward.has(dx) && forward.get(dx) !== dy)
      throw new Error(`${where}: one binding became two`);
    if (backward.has(dy) && backward.get(dy) !== dx)
      throw new Error(`${where}: two bindings became one (${y.name})`);
    forward.set(dx, dy);
    backward.set(dy, dx);
  }
  return renamed;
}

const manifest = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
for (const entry of manifest) {
  try {
    const input = fs.readFileSync(entry.input, "utf8");
    const output = fs.readFileSync(entry.output, "utf8");
    const options = { ecmaVersion: "latest", allowHashBang: true,
      sourceType: entry.module ? "module" : "script" };
    compareTrees(
      normalize(acorn.parse(input, options), input, !!entry.module),
      normalize(acorn.parse(output, options), output, !!entry.module),
      "program");
    const renamed = compareScopes(input, output, !!entry.module);
    console.log(`ok ${entry.input} ${renamed}`);
  } catch (error) {
    console.log(`FAIL ${entry.input}: ${String(error.message).split("\n")[0]}`);
  }
}
"""#

  /// Runs original and renamed programs side by side; one line per case,
  /// `same <name>` or `DIFFERENT <name>: <detail>`.
  static let runSame = #"""
// Runs original and renamed programs side by side and prints, per case,
// whether they behave the same.
// Usage: node run-same.js MODE INPUT.json
//   programs: [{name, original, renamed}] (code): output of print() calls
//   libraries: [{name, original, renamed}] (paths): a battery of calls
//   acorn: {original, renamed, files}: parse trees of the files
// Prints one line per case: "same <name>" or "DIFFERENT <name>: <detail>".
"use strict";
const fs = require("fs");
const vm = require("vm");
const [mode, inputPath] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(inputPath, "utf8"));

function report(name, a, b) {
  if (a === b) console.log(`same ${name}`);
  else console.log(`DIFFERENT ${name}: ${a.slice(0, 300)} vs ${b.slice(0, 300)}`);
}

function runProgram(code) {
  const printed = [];
  const sandbox = { print: (...values) => printed.push(values.map(String).join(" ")) };
  try { vm.runInNewContext(code, sandbox, { timeout: 5000 }); }
  catch (error) { printed.push("threw " + String(error)); }
  return printed.join("\n");
}

function load(path) {
  const module = { exports: {} };
  const code = fs.readFileSync(path, "utf8");
  new Function("module", "exports", "require", "define", code)(
    module, module.exports, require, undefined);
  return module.exports;
}

function stable(value) {
  return JSON.stringify(value, (key, v) =>
    typeof v === "function" ? "function" : v === undefined ? "undefined" : v);
}

const batteries = {
  lodash: _ => [
    _.chunk([1, 2, 3, 4, 5], 2), _.compact([0, 1, false, 2, "", 3]),
    _.difference([2, 1], [2, 3]), _.flattenDeep([1, [2, [3, [4]], 5]]),
    _.uniqBy([2.1, 1.2, 2.3], Math.floor), _.zip(["a", "b"], [1, 2]),
    _.groupBy([6.1, 4.2, 6.3], Math.floor), _.sortBy([{ a: 3 }, { a: 1 }], "a"),
    _.partition([1, 2, 3, 4], n => n % 2), _.countBy(["one", "two", "three"], "length"),
    _.merge({ a: [{ b: 2 }] }, { a: [{ c: 3 }] }), _.cloneDeep({ a: [1, { b: 2 }] }),
    _.get({ a: [{ b: { c: 3 } }] }, "a[0].b.c"), _.set({}, "x.y[1].z", 5),
    _.pick({ a: 1, b: 2, c: 3 }, ["a", "c"]), _.omit({ a: 1, b: 2 }, "a"),
    _.camelCase("Foo Bar-baz"), _.kebabCase("fooBar baz"), _.snakeCase("Foo Bar"),
    _.startCase("--foo-bar--"), _.words("fred, barney, & pebbles"),
    _.escape("<a href=\"x\">&</a>"), _.unescape("&lt;b&gt;"), _.pad("abc", 8, "_-"),
    _.template("hello <%= user %>! <% _.each(list, function(x) { %><li><%- x %></li><% }); %>")(
      { user: "fred", list: ["<a>", "b"] }),
    _.isEqual({ a: [1, 2, { b: new Date(0) }] }, { a: [1, 2, { b: new Date(0) }] }),
    _.range(0, 20, 5), _.sum([4, 2, 8, 6]), _.maxBy([{ n: 1 }, { n: 2 }], "n"),
    _.memoize(n => n * 2)(21), _.debounce(() => 1, 10).cancel(),
    _.chain([1, 2, 3]).map(n => n * 3).filter(n => n % 2).value(),
    _.intersection([2, 1], [2, 3]), _.xor([2, 1], [2, 3]), _.invert({ a: 1, b: 2 }),
    _.mapValues({ a: 1, b: 2 }, n => n + 1), _.toPairs({ a: 1 }), _.times(3, String),
    _.trim("  abc  "), _.truncate("hi-diddly-ho there, neighborino", { length: 12 }),
    _.flow([_.add, _.square || (n => n * n)])(1, 2), _.curry((a, b, c) => a + b + c)(1)(2)(3),
    _.isPlainObject({}), _.isArrayLike("abc"), _.toNumber("3.2"), _.clamp(10, -5, 5),
  ],
  underscore: _ => [
    _.map([1, 2, 3], n => n * 3), _.filter([1, 2, 3, 4], n => n % 2 == 0),
    _.reduce([1, 2, 3], (m, n) => m + n, 0), _.uniq([1, 2, 1, 4, 1, 3]),
    _.groupBy(["one", "two", "three"], "length"), _.sortBy([3, 1, 2], n => -n),
    _.range(10), _.escape("curly, larry & moe"), _.isEqual({ a: [1] }, { a: [1] }),
    _.template("hello: <%= name %> <% _.each(l, function(x){ %>[<%- x %>]<% }) %>")(
      { name: "moe", l: ["<b>", 2] }),
    _.chain([1, 2, 3]).map(n => n * 2).first().value(), _.pluck([{ a: 1 }, { a: 2 }], "a"),
    _.zip([1, 2], ["a", "b"]), _.flatten([1, [2, [3]]]), _.without([1, 2, 3], 2),
    _.invert({ a: "x" }), _.pick({ a: 1, b: 2 }, "b"), _.defaults({ a: 1 }, { a: 2, b: 3 }),
    _.countBy([1, 2, 3, 4], n => n % 2 ? "odd" : "even"), _.shuffle.length,
    _.memoize(n => n + 1)(1), _.partition([0, 1, 2, 3], n => n % 2), _.max([1, 5, 3]),
    _.indexBy([{ id: "x" }], "id"), _.chunk([1, 2, 3, 4, 5], 2), _.isString("s"),
  ],
  moment: moment => {
    const base = moment.utc("2020-02-29T12:34:56.789Z");
    return [
      base.format(), base.format("dddd, MMMM Do YYYY, h:mm:ss a"), base.format("LLLL"),
      base.clone().add(1, "year").format(), base.clone().subtract(3, "months").toISOString(),
      base.clone().startOf("week").format(), base.clone().endOf("month").format(),
      base.diff(moment.utc("2019-01-01"), "days"), base.from(moment.utc("2020-03-05")),
      moment.duration(90061000).humanize(), moment.duration("P1Y2M3DT4H").asHours(),
      moment.utc("not a date", "YYYY-MM-DD", true).isValid(), base.isLeapYear(),
      moment.utc("12-25-1995", "MM-DD-YYYY").format("x"), base.week(), base.isoWeekday(),
      base.calendar(moment.utc("2020-03-01")), moment.utc([2010, 1, 14, 15, 25, 50]).unix(),
      base.toObject(), moment.max(base, moment.utc(0)).year(), base.locale(),
    ];
  },
};

if (mode === "programs") {
  for (const { name, original, renamed } of input)
    report(name, runProgram(original), runProgram(renamed));
} else if (mode === "libraries") {
  for (const { name, original, renamed } of input) {
    const run = path => { try { return stable(batteries[name](load(path))); }
                          catch (error) { return "threw " + error.stack; } };
    report(name, run(original), run(renamed));
  }
} else if (mode === "acorn") {
  const run = path => {
    const acorn = load(path);
    return input.files.map(file => { try {
      return stable(acorn.parse(fs.readFileSync(file, "utf8"),
        { ecmaVersion: "latest", locations: true }));
    } catch (error) { return "threw " + error.message; } }).join("\n");
  };
  report("acorn", run(input.original), run(input.renamed));
}
"""#
}
