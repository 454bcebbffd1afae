// Forms the minifier writes differently that mean the same program, but
// that acorn parses to different trees. `normalize` rewrites a tree, in
// place, into one spelling of each, and is applied to both trees before
// they are compared:
//
// - A block of one statement that is the body of if/else, a loop, `with`
//   or a label is that statement: `if (a) { b() }` ⇒ `if(a)b()`. Other
//   blocks (function bodies, try, plain blocks) are left alone.
// - `!0` is `true` and `!1` is `false`.
// - Consecutive `var` statements of a list are one: `var a;var b` is
//   `var a,b`.
'use strict';

const bodies = {
  IfStatement: ['consequent', 'alternate'],
  ForStatement: ['body'], ForInStatement: ['body'], ForOfStatement: ['body'],
  WhileStatement: ['body'], DoWhileStatement: ['body'],
  WithStatement: ['body'], LabeledStatement: ['body'],
};

function booleanOf(node) {
  if (node && node.type === 'UnaryExpression' && node.operator === '!'
      && node.argument.type === 'Literal'
      && (node.argument.value === 0 || node.argument.value === 1)) {
    return { type: 'Literal', value: node.argument.value === 0 };
  }
  return node;
}

function joinVars(list) {
  const joined = [];
  for (const item of list) {
    const last = joined[joined.length - 1];
    if (item && last && item.type === 'VariableDeclaration'
        && last.type === 'VariableDeclaration'
        && item.kind === 'var' && last.kind === 'var') {
      joined[joined.length - 1] = Object.assign({}, last,
        { declarations: last.declarations.concat(item.declarations) });
    } else {
      joined.push(item);
    }
  }
  return joined;
}

// Children first: a body's block is unwrapped after its own statements
// were joined (`if(a){var b;var c}` is `if(a)var b,c`).
function normalize(node) {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) {
    const list = joinVars(node.map(booleanOf));
    list.forEach(normalize);
    node.splice(0, node.length, ...list);
    return node;
  }
  for (const key of Object.keys(node)) {
    const value = booleanOf(node[key]);
    node[key] = value;
    if (value !== null && typeof value === 'object'
        && !(value instanceof RegExp)) normalize(value);
  }
  for (const key of bodies[node.type] || []) {
    while (node[key] && node[key].type === 'BlockStatement'
        && node[key].body.length === 1) {
      node[key] = node[key].body[0];
    }
  }
  return node;
}

module.exports = { normalize };
