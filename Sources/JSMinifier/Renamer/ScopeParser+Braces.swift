import JSLexer

// Braces around a body of one statement (ECMA-262 §14.6-§14.11, §14.13:
// the body of `if`, `else`, loops, `with` and labels is any statement,
// and a block of one statement means that statement):
//
//     if (a) { b(); }             ⇒ if(a)b();
//     if (a) { b() } else { c() } ⇒ if(a)b();else c()
//     while (a) { if (b) c() } x()  ⇒ while(a)if(b)c();x()
//
// The `{` goes; the `}` goes too when the statement inside ends by
// itself (its own `;`, or a block), and is written as `;` when it relied
// on the `}` to end. The braces stay around a declaration (`let`,
// `const`, `class`, `function`: not allowed there without them), around
// nothing (`{}` and `;` are different statements), and around
// a consequent that would leave an `if` without `else` just before the
// `else`:
//
//     if (a) { if (b) c() } else d()   the else would move inside
//
// A body of expression statements, each but the last ended by its own
// `;`, is one statement: the `;` between them are written as `,` (a
// comma expression evaluates its operands in turn, as the statements
// would), and the braces go.
//
//     if (a) { b(); c() }         ⇒ if(a)b(),c();
//     for (;;) { a = 1; b++; }    ⇒ for(;;)a=1,b++;
//
// Not after a line break that ended a statement (no `;` to rewrite),
// and not when `return` ends the body (it would have to move first).
//
// Function bodies, `try`, `switch` and class bodies need their braces.
//
// A block that is itself a statement of a list (a block, a function
// body, a `case` clause, the program) and declares nothing of its own
// (no `let`, `const`, `class` or function declaration: §14.2.2, its
// scope holds no bindings then) means its statements, in that list:
//
//     if (a) return b; else { var c = d(); e(c) }  ⇒ if(a)return b;var c=d();e(c)
//     { a() } b()                                  ⇒ a();b()
//
// Not when it starts with a string, which could become a directive, nor
// after a statement that ends at a line break, which what is written
// next could continue (`a = b\n{(c)()}` is not `a = b\n(c)()`; what is
// written next may come from further on, past other blocks and moved
// functions, so the block stays whatever it starts with).
extension ScopeParser {
  /// A block as a statement of a list: its braces go if it declares
  /// nothing in its own scope.
  mutating func parseNestedBlock() throws -> StatementEnd {
    let open = position
    let followsOpenStatement =
      lastListItem.end == open && lastListItem.needsTerminator
    let blockScope = Int32(tree.scopes.count)
    let firstBinding = tree.bindings.count
    let (count, inner, _) = try parseBlock()
    let close = position - 1
    let exits = count > 0 && inner.exits
    let declares = tree.bindings[firstBinding...].contains {
      $0.scope == blockScope
    }
    // An empty block stays: the statement before it may need its `}`
    // to end (`a()\n{}` in a body whose braces go).
    guard count > 0, !declares, !followsOpenStatement,
      token(at: open + 1).kind != .string
    else {
      return StatementEnd(exits: exits)
    }

    droppedBraces.append(
      (order[open], order[close], closeAsSemicolon: inner.needsTerminator))
    var end = StatementEnd(exits: exits)
    if inner.isOpen {
      end.isOpen = true
      end.openedBy = Int32(droppedBraces.count - 1)
    }
    end.addedStatements = count - 1
    return end
  }

  /// The braced body of `if`, `else`, a loop, `with` or a label; drops
  /// the braces if it holds one statement that can stand alone there,
  /// or expression statements that can join into one.
  ///
  /// - Parameter joining: the statements may join (not when the block
  ///   is about to become a list item, as after a dropped `else`).
  mutating func parseBody(joining: Bool = true) throws -> StatementEnd {
    let open = position
    let canStand = canStandUnbraced(at: open + 1)
    let (count, inner, isJoined) = try parseBlock(joining: joining && canStand)
    let close = position - 1
    // A block whose last statement exits exits too.
    let exits = count > 0 && inner.exits
    guard count == 1 || isJoined, canStand else {
      return StatementEnd(exits: exits)
    }

    droppedBraces.append(
      (order[open], order[close], closeAsSemicolon: inner.needsTerminator))
    guard inner.isOpen else { return StatementEnd(exits: exits) }
    return StatementEnd(
      isOpen: true, openedBy: Int32(droppedBraces.count - 1), exits: exits)
  }

  /// Could the token at `position`, after a line break, continue the
  /// statement before it (`a = b\n(c)()` is one statement)? Only words,
  /// literals, `!`, `~`, `{`, `++`/`--` (after which a line break ends
  /// the statement) surely start a new one, and `}`, `;` and the end
  /// surely end it.
  func mayContinueStatement(at position: Int) -> Bool {
    let token = token(at: position)
    switch token.kind {
    case .identifier, .string, .endOfFile:
      return false
    case .keyword:
      return token.keyword == .in || token.keyword == .instanceof
    case .numeric:
      return bytes[token.start] == UInt8(ascii: ".")
    case .punctuator:
      switch token.punctuator {
      case .bang, .tilde, .leftBrace, .plusPlus, .minusMinus, .rightBrace,
        .semicolon:
        return false
      default: return true
      }
    default:
      return true
    }
  }

  /// The braces recorded at `index` stay after all.
  mutating func keepBraces(_ index: Int) {
    droppedBraces[index].open = -1
  }

  /// Can the statement at `position` be a body without braces? Not a
  /// declaration, nor one behind labels (`a: function f() {}`). `async`
  /// and `let` are refused in every use, to keep this simple.
  func canStandUnbraced(at position: Int) -> Bool {
    var position = position
    while token(at: position).kind == .identifier,
      isPunctuator(.colon, at: position + 1)
    {
      position += 2
    }
    switch token(at: position).keyword {
    case .let, .const, .class, .function, .async, .import, .export:
      return false
    default:
      return true
    }
  }
}
