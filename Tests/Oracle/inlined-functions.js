// One spelling for a function declaration written at its only use.
//
// The minifier writes a function declared in a function body (or a
// module) and used exactly once as a function expression at that use:
//
//     function f() { function g(a) { return a } h.x = g }
//     function f(){h.x=function(n){return n}}
//
// Both trees are brought to that form before they are compared: every
// function declaration directly in a function body (or a module's top
// level) whose name has no other declaration and exactly one reference,
// outside the function itself, moves to that reference, without its
// name. UglifyJS's scope analysis (node-uglify-js) finds the references.
// The rule is broader than the minifier's (which also leaves alone uses
// in loops, for instance): applied to both trees it only has to cover
// what the minifier does; the runtime tests judge when it may.
'use strict';
let U;
try { U = require('uglify-js'); }
catch (e) { U = require('/usr/share/nodejs/uglify-js/tools/node.js'); }

// The single-use declarations of `code` (an UglifyJS tree with scopes):
// [{declaration, reference}] as UglifyJS nodes.
function singleUses(ast, module) {
  const found = [];
  ast.walk(new U.TreeWalker(function (node) {
    if (!(node instanceof U.AST_LambdaDefinition) || !node.name) return;
    const parent = this.parent();
    const inBody = parent instanceof U.AST_Lambda
      || (module && parent instanceof U.AST_Toplevel);
    if (!inBody) return;
    const definition = node.name.definition();
    if (!definition || definition.orig.length !== 1
        || definition.references.length !== 1) return;
    const reference = definition.references[0];
    // A read or write of the name, not `export {f}`.
    if (reference.TYPE !== 'SymbolRef') return;
    if (reference.start.pos >= node.start.pos
        && reference.start.pos < node.end.endpos) return;
    found.push({ declaration: node, reference });
  }));
  return found;
}

function analyzed(code, module) {
  const ast = U.parse(code, { module });
  ast.figure_out_scope({ module });
  return ast;
}

// The acorn tree `tree` of `code`, with each single-use declaration moved
// to its reference (in place).
function inlineInTree(tree, code, module) {
  let moves;
  try { moves = singleUses(analyzed(code, module), module); }
  catch (e) { return tree; }
  if (moves.length === 0) return tree;
  const declarationAt = new Set(moves.map((m) => m.declaration.start.pos));
  // UglifyJS's reference spans its parentheses, `(g)`: the identifier of
  // that name inside the span is the one.
  const references = moves.map((m) => ({
    name: m.reference.name, from: m.reference.start.pos,
    to: m.reference.end.endpos, declaration: m.declaration.start.pos,
  }));
  const referenceAt = (node) => references.find((r) => r.name === node.name
    && node.start >= r.from && node.end <= r.to);

  // Find the nodes by position.
  const declarations = new Map();
  (function walk(node) {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (node === null || typeof node !== 'object'
        || typeof node.type !== 'string') return;
    if (node.type === 'FunctionDeclaration' && declarationAt.has(node.start)) {
      declarations.set(node.start, node);
    }
    for (const key of Object.keys(node)) walk(node[key]);
  })(tree);

  // The function for an identifier that is a moved reference, or null.
  function moved(node) {
    const reference = node && node.type === 'Identifier' && referenceAt(node);
    if (!reference) return null;
    const declaration = declarations.get(reference.declaration);
    return declaration
      ? Object.assign({}, declaration, { type: 'FunctionExpression', id: null })
      : null;
  }

  (function rewrite(node) {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const item = node[i];
        if (item && item.type === 'FunctionDeclaration'
            && declarations.get(item.start) === item) {
          node.splice(i, 1);
        }
      }
    }
    for (const key of Object.keys(node)) {
      // Names that are no references: keys, properties, labels.
      const isName = !node.computed && (key === 'key'
        && (node.type === 'Property' || node.type === 'PropertyDefinition'
          || node.type === 'MethodDefinition')
        || key === 'property' && node.type === 'MemberExpression')
        || key === 'label' || key === 'exported' || key === 'imported';
      if (!isName) node[key] = moved(node[key]) || node[key];
      rewrite(node[key]);
    }
  })(tree);
  return tree;
}

// The nodes of `code` for which `isWanted` holds, in the order they are
// written once each single-use declaration stands at its reference
// (without its name); scopes are UglifyJS's for `code` as it is.
function nodesInWrittenOrder(code, module, isWanted) {
  const ast = analyzed(code, module);
  const moves = singleUses(ast, module);
  const list = [];
  ast.walk(new U.TreeWalker((node) => { if (isWanted(node)) list.push(node); }));
  if (moves.length === 0) return list;

  const ranges = moves.map((m) => ({
    from: m.declaration.start.pos, to: m.declaration.end.endpos,
    name: m.declaration.name, reference: m.reference,
  })).sort((a, b) => a.from - b.from);
  const rangeOfReference = new Map(ranges.map((r) => [r.reference, r]));
  const names = new Set(ranges.map((r) => r.name));

  // Each node under the innermost moved declaration around it (null:
  // none), in written order.
  const groups = new Map([[null, []]]);
  for (const range of ranges) groups.set(range, []);
  const open = [];
  let next = 0;
  // (Declarations nest or follow each other: a stack of the open ones.)
  for (const node of list) {
    const at = node.start.pos;
    while (next < ranges.length && ranges[next].from <= at) {
      while (open.length && open[open.length - 1].to <= ranges[next].from) {
        open.pop();
      }
      open.push(ranges[next++]);
    }
    while (open.length && open[open.length - 1].to <= at) open.pop();
    groups.get(open.length ? open[open.length - 1] : null).push(node);
  }

  const ordered = [];
  (function expand(owner) {
    for (const node of groups.get(owner)) {
      if (names.has(node)) continue;
      const range = rangeOfReference.get(node);
      if (range) expand(range); else ordered.push(node);
    }
  })(null);
  return ordered;
}

module.exports = { inlineInTree, nodesInWrittenOrder };
