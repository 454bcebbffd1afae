import Foundation

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
// to one; globals and undeclared names must be spelled the same.
function symbols(code, module) {
  const ast = U.parse(code, { module });
  ast.figure_out_scope({ module });
  const list = [];
  ast.walk(new U.TreeWalker(node => {
    if (node instanceof U.AST_Symbol && !(node instanceof U.AST_This))
      list.push(node);
  }));
  return list;
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
    compareTrees(acorn.parse(input, options), acorn.parse(output, options), "program");
    const renamed = compareScopes(input, output, !!entry.module);
    console.log(`ok ${entry.input} ${renamed}`);
  } catch (error) {
    console.log(`FAIL ${entry.input}: ${String(error.message).split("\n")[0]}`);
  }
}
"""#
}
