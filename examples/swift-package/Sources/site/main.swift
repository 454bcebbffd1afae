// Reads the manifest snowpak wrote and prints the tag a page needs, the
// way a Swift web server would fill its templates.

import Foundation

struct Manifest: Decodable {
  struct Asset: Decodable {
    var file: String
    var integrity: String
  }
  var assets: [String: Asset]
}

let path = "Public/assets/snowpak-manifest.json"
guard let data = FileManager.default.contents(atPath: path) else {
  FileHandle.standardError.write(Data(
    "site: \(path) is missing; run the snowpak plugin first.\n".utf8))
  exit(1)
}
let manifest = try JSONDecoder().decode(Manifest.self, from: data)
guard let tracker = manifest.assets["sp.js"] else {
  FileHandle.standardError.write(Data("site: no sp.js in \(path).\n".utf8))
  exit(1)
}
print("""
  <script async src="/assets/\(tracker.file)" \
  integrity="\(tracker.integrity)" crossorigin="anonymous"></script>
  """)
