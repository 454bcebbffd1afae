// The minifier drops the braces around a body of one statement:
// `if (a) { b() }` ⇒ `if(a)b()`. A block of one statement means that
// statement, but acorn's trees differ (a BlockStatement around it or
// not). This replaces, in place, every such block that is the body of
// if/else, a loop, `with` or a label by its statement, in both trees
// before they are compared. Other blocks (function bodies, try, plain
// blocks) are left alone.
'use strict';

const bodies = {
  IfStatement: ['consequent', 'alternate'],
  ForStatement: ['body'], ForInStatement: ['body'], ForOfStatement: ['body'],
  WhileStatement: ['body'], DoWhileStatement: ['body'],
  WithStatement: ['body'], LabeledStatement: ['body'],
};

function unwrapSingleStatementBodies(node) {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) {
    node.forEach(unwrapSingleStatementBodies);
    return node;
  }
  for (const key of bodies[node.type] || []) {
    while (node[key] && node[key].type === 'BlockStatement'
        && node[key].body.length === 1) {
      node[key] = node[key].body[0];
    }
  }
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (value !== null && typeof value === 'object'
        && !(value instanceof RegExp)) unwrapSingleStatementBodies(value);
  }
  return node;
}

module.exports = { unwrapSingleStatementBodies };
