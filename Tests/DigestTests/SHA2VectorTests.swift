import Digest
import Testing

// The FIPS 180-4 example messages (NIST CSRC "Examples with intermediate
// values") and the one-million-'a' message of the SHA test suites.
private let abc = "abc"
private let bits448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
private let bits896 = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
  + "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
private let millionA = String(repeating: "a", count: 1_000_000)

/// Hex of `H.hash` over the UTF-8 of `message`.
private func hex<H: HashFunction>(_: H.Type, _ message: String) -> String {
  Hex.lowercase(H.hash(Array(message.utf8)))
}

@Suite("SHA-2 matches the published FIPS 180-4 vectors")
struct SHA2VectorTests {
  @Test("SHA-256 of the empty, abc, 448-bit, 896-bit and million-a messages")
  func sha256() {
    #expect(hex(SHA256.self, "") ==
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(hex(SHA256.self, abc) ==
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(hex(SHA256.self, bits448) ==
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(hex(SHA256.self, bits896) ==
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    #expect(hex(SHA256.self, millionA) ==
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test("SHA-384 of the empty, abc, 448-bit, 896-bit and million-a messages")
  func sha384() {
    #expect(hex(SHA384.self, "") ==
      "38b060a751ac96384cd9327eb1b1e36a21fdb71114be0743"
      + "4c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b")
    #expect(hex(SHA384.self, abc) ==
      "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded163"
      + "1a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7")
    #expect(hex(SHA384.self, bits448) ==
      "3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05ab"
      + "fe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b")
    #expect(hex(SHA384.self, bits896) ==
      "09330c33f71147e83d192fc782cd1b4753111b173b3b05d2"
      + "2fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039")
    #expect(hex(SHA384.self, millionA) ==
      "9d0e1809716474cb086e834e310a4a1ced149e9c00f24852"
      + "7972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985")
  }

  @Test("SHA-512 of the empty, abc, 448-bit, 896-bit and million-a messages")
  func sha512() {
    #expect(hex(SHA512.self, "") ==
      "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
      + "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e")
    #expect(hex(SHA512.self, abc) ==
      "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
      + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
    #expect(hex(SHA512.self, bits448) ==
      "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c335"
      + "96fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445")
    #expect(hex(SHA512.self, bits896) ==
      "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
      + "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909")
    #expect(hex(SHA512.self, millionA) ==
      "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb"
      + "de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b")
  }

  @Test("feeding a message in uneven pieces gives the one-shot digest")
  func incremental() {
    let message = Array(bits896.utf8) + Array(millionA.utf8.prefix(1000))
    for piece in [1, 3, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 500] {
      var sha256 = SHA256()
      var sha384 = SHA384()
      var sha512 = SHA512()
      var start = 0
      while start < message.count {
        let end = min(start + piece, message.count)
        sha256.update(message[start..<end])
        // A non-contiguous collection takes the byte-by-byte path.
        sha384.update(message[start..<end].lazy.map { $0 })
        sha512.update(message[start..<end])
        start = end
      }
      #expect(sha256.finalize() == SHA256.hash(message), "piece \(piece)")
      #expect(sha384.finalize() == SHA384.hash(message), "piece \(piece)")
      #expect(sha512.finalize() == SHA512.hash(message), "piece \(piece)")
    }
  }
}
