/// Chooses the new name of every renamable binding.
///
/// Each binding gets a slot: its position among the renamable bindings of
/// its scope, counted after all slots of the enclosing scopes. Bindings
/// that are alive at the same time therefore never share a slot, while
/// sibling scopes reuse the same slots:
///
///     function f(a, b) { function g(c) {} function h(d, e) {} }
///     slots:     0  1                2                 2  3
///
/// Slots are then ranked by the total uses of their bindings, most used
/// first (ties: lower slot first), and the rank picks the name from
/// `NameGenerator`: the most used slot gets the shortest name. Labels get
/// slots by nesting depth, in a namespace of their own.
struct NameAssigner {
  /// The new name of each binding (representatives only), or nil.
  static func assign(
    _ tree: ScopeTree, generator makeGenerator: () -> NameGenerator
  ) -> [String?] {
    var newNames = [String?](repeating: nil, count: tree.bindings.count)

    // Renamable bindings grouped by scope, in declaration order.
    let scopeCount = tree.scopes.count
    var firstOfScope = [Int](repeating: 0, count: scopeCount + 1)
    var labels: [Int] = []
    for (index, binding) in tree.bindings.enumerated()
    where isRenamable(binding) {
      if binding.isLabel {
        labels.append(index)
      } else {
        firstOfScope[Int(binding.scope) + 1] += 1
      }
    }
    for scope in 0..<scopeCount {
      firstOfScope[scope + 1] += firstOfScope[scope]
    }
    var grouped = [Int](repeating: 0, count: firstOfScope[scopeCount])
    var fill = firstOfScope
    for (index, binding) in tree.bindings.enumerated()
    where isRenamable(binding) && !binding.isLabel {
      grouped[fill[Int(binding.scope)]] = index
      fill[Int(binding.scope)] += 1
    }

    // Slots, top-down: parents come before children in `scopes`.
    var slotOf = [Int](repeating: -1, count: tree.bindings.count)
    var endSlot = [Int](repeating: 0, count: scopeCount)
    var uses: [Int] = []
    for scope in 0..<scopeCount {
      let parent = Int(tree.scopes[scope].parent)
      var slot = parent >= 0 ? endSlot[parent] : 0
      for member in grouped[firstOfScope[scope]..<firstOfScope[scope + 1]] {
        if slot == uses.count { uses.append(0) }
        slotOf[member] = slot
        uses[slot] += Int(tree.bindings[member].uses)
        slot += 1
      }
      endSlot[scope] = slot
    }
    let slotNames = names(forSlotUses: uses, makeGenerator())
    for (binding, slot) in slotOf.enumerated() where slot >= 0 {
      newNames[binding] = slotNames[slot]
    }

    // Labels: the slot is the nesting depth.
    var labelUses: [Int] = []
    for label in labels {
      let depth = Int(tree.bindings[label].depth)
      while labelUses.count <= depth { labelUses.append(0) }
      labelUses[depth] += Int(tree.bindings[label].uses)
    }
    let labelNames = names(forSlotUses: labelUses, makeGenerator())
    for label in labels {
      newNames[label] = labelNames[Int(tree.bindings[label].depth)]
    }
    return newNames
  }

  static func isRenamable(_ binding: Binding) -> Bool {
    binding.mergedInto < 0 && !binding.isFixed && binding.uses > 0
  }

  /// The most used slot gets the first name; ties go to the lower slot.
  static func names(forSlotUses uses: [Int], _ generator: NameGenerator)
    -> [String]
  {
    var generator = generator
    let ranking = uses.indices.sorted { left, right in
      uses[left] != uses[right] ? uses[left] > uses[right] : left < right
    }
    var names = [String](repeating: "", count: uses.count)
    for slot in ranking { names[slot] = generator.next() }
    return names
  }
}
