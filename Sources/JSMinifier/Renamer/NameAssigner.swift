/// Chooses the new name of every renamable binding.
///
/// Scopes are visited bottom-up, innermost first, as UglifyJS does: most
/// uses are in small inner functions, and they all get the first names of
/// the shared candidate list (`NameGenerator`, ordered by the output's
/// character frequencies), so the same few names recur, which gzip
/// rewards. A function's parameters and body are one scope here, as are
/// a catch parameter and its block. A scope's bindings take, in
/// declaration order, the first names that no other binding of the scope
/// took and that no binding declared between the binding's uses and its
/// scope has:
///
///     function f(a, b) { function g(c) { a } function h(d, e) {} }
///                r  n             t  n              u  n  r
///
/// `c` and `d` take `n`, `e` takes `r`. `a` is used inside `g`, whose `c`
/// is `n`, so `a` takes `r`; `b` is used in neither and takes `n`.
///
/// Which scopes lie between a binding's uses and its own scope is learned
/// from every occurrence, at the cost of the nesting depth per
/// occurrence, like resolution itself. Labels get names by nesting depth,
/// in a namespace of their own.
struct NameAssigner {
  /// The new name of each binding (representatives only), or nil.
  static func assign(_ tree: ScopeTree, generator: NameGenerator)
    -> [String?]
  {
    let scopeCount = tree.scopes.count
    let bindingCount = tree.bindings.count

    // Scopes whose names must differ share one naming scope: a function's
    // name (of an expression), parameters and body, in that order, since
    // `function(a){let a}` is an error and UglifyJS reads `function a(a)`
    // as one binding; and a catch parameter and its block, since
    // `catch(a){let a}` is an error.
    var naming = [Int32](repeating: 0, count: scopeCount)
    for (index, scope) in tree.scopes.enumerated() {
      naming[index] = Int32(index)
      guard scope.parent >= 0 else { continue }
      let parent = tree.scopes[Int(scope.parent)]
      switch (scope.kind, parent.kind) {
      case (.functionBody, .parameters), (.block, .catchClause),
        (.parameters, .expressionName), (.block, .expressionName):
        naming[index] = naming[Int(scope.parent)]
      default:
        break
      }
    }

    // Renamable bindings grouped by naming scope, in declaration order
    // (parameters are declared before the body's bindings).
    var firstOfScope = [Int](repeating: 0, count: scopeCount + 1)
    var labels: [Int] = []
    for (index, binding) in tree.bindings.enumerated()
    where isRenamable(binding) {
      if binding.isLabel {
        labels.append(index)
      } else {
        firstOfScope[Int(naming[Int(binding.scope)]) + 1] += 1
      }
    }
    for scope in 0..<scopeCount {
      firstOfScope[scope + 1] += firstOfScope[scope]
    }
    var grouped = [Int32](repeating: 0, count: firstOfScope[scopeCount])
    var fill = firstOfScope
    for (index, binding) in tree.bindings.enumerated()
    where isRenamable(binding) && !binding.isLabel {
      let scope = Int(naming[Int(binding.scope)])
      grouped[fill[scope]] = Int32(index)
      fill[scope] += 1
    }

    // For each binding, the scopes between its uses and its own scope:
    // bindings declared there must not share its name.
    // (Pairs in occurrence order, then grouped by binding in place of
    // one small array per binding.)
    var crossedStart = [Int](repeating: 0, count: bindingCount + 1)
    var crossed: [Int32] = []
    do {
      var pairBinding: [Int32] = []
      var pairScope: [Int32] = []
      var lastBinding = [Int32](repeating: -1, count: scopeCount)
      for occurrence in tree.occurrences {
        let binding = tree.bindings[Int(occurrence.binding)]
        guard isRenamable(binding), !binding.isLabel else { continue }
        let home = naming[Int(binding.scope)]
        var scope = occurrence.scope
        while scope >= 0, scope != binding.scope {
          let crossing = naming[Int(scope)]
          if crossing != home, lastBinding[Int(crossing)] != occurrence.binding {
            lastBinding[Int(crossing)] = occurrence.binding
            pairBinding.append(occurrence.binding)
            pairScope.append(crossing)
          }
          scope = tree.scopes[Int(scope)].parent
        }
      }
      for binding in pairBinding { crossedStart[Int(binding) + 1] += 1 }
      for index in 0..<bindingCount {
        crossedStart[index + 1] += crossedStart[index]
      }
      crossed = [Int32](repeating: 0, count: pairScope.count)
      var fill = crossedStart
      for (binding, scope) in zip(pairBinding, pairScope) {
        crossed[fill[Int(binding)]] = scope
        fill[Int(binding)] += 1
      }
    }

    // Bottom-up: children come after parents in `scopes`. A name index
    // never exceeds the number of bindings, so the marks (which scope or
    // binding last took each name) are sized once.
    var nameOf = [Int32](repeating: -1, count: bindingCount)
    var takenInScope = [Int32](repeating: -1, count: bindingCount + 1)
    var takenInside = [Int32](repeating: -1, count: bindingCount + 1)
    for scope in stride(from: scopeCount - 1, through: 0, by: -1) {
      let stamp = Int32(scope)
      let members = ordered(
        grouped[firstOfScope[scope]..<firstOfScope[scope + 1]], tree)
      for member in members {
        let inner = crossed[
          crossedStart[Int(member)]..<crossedStart[Int(member) + 1]]
        for other in inner {
          for binding in grouped[
            firstOfScope[Int(other)]..<firstOfScope[Int(other) + 1]]
          {
            let name = Int(nameOf[Int(binding)])
            if name >= 0 { takenInside[name] = member }
          }
        }
        var next = 0
        while takenInScope[next] == stamp || takenInside[next] == member {
          next += 1
        }
        nameOf[Int(member)] = Int32(next)
        takenInScope[next] = stamp
      }
    }

    var candidates = CandidateList(generator: generator)
    var newNames = [String?](repeating: nil, count: bindingCount)
    for (binding, name) in nameOf.enumerated() where name >= 0 {
      newNames[binding] = candidates.name(Int(name))
    }

    // Labels: the name is chosen by nesting depth.
    for label in labels {
      newNames[label] = candidates.name(Int(tree.bindings[label].depth))
    }
    return newNames
  }

  /// Declaration order, unless the scope has more bindings than there
  /// are one-character names (a top-level module pattern with hundreds of
  /// functions): then the most used come first, so they get those names,
  /// but each group stays in declaration order, which gzip rewards more
  /// than an order by use counts (lodash, d3, angular: 0.1–0.3 % smaller).
  static func ordered(_ members: ArraySlice<Int32>, _ tree: ScopeTree)
    -> ArraySlice<Int32>
  {
    guard members.count > NameGenerator.letters.count else {
      return members
    }
    let byUses = members.enumerated().sorted { left, right in
      let a = tree.bindings[Int(left.element)].uses
      let b = tree.bindings[Int(right.element)].uses
      return a != b ? a > b : left.offset < right.offset
    }
    let cut = NameGenerator.letters.count
    let head = byUses[..<cut].sorted { $0.offset < $1.offset }
    let tail = byUses[cut...].sorted { $0.offset < $1.offset }
    return (head + tail).map(\.element)[...]
  }

  static func isRenamable(_ binding: Binding) -> Bool {
    binding.mergedInto < 0 && !binding.isFixed && binding.uses > 0
  }

  /// The generator's names, produced on demand and remembered.
  struct CandidateList {
    var generator: NameGenerator
    var names: [String] = []

    mutating func name(_ index: Int) -> String {
      while names.count <= index { names.append(generator.next()) }
      return names[index]
    }
  }
}
