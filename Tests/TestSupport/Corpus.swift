import Foundation

/// The real JavaScript the minifier is proved on: every `.js` file over
/// 1 KB installed by these Debian packages.
public enum Corpus {
  public static let packages = [
    "libjs-jquery", "libjs-lodash", "libjs-underscore", "libjs-backbone",
    "libjs-d3", "libjs-moment", "libjs-angularjs", "node-acorn",
    "node-esprima",
  ]

  /// The main file of each libjs library, for the size table.
  public static let libraries = [
    "/usr/share/javascript/jquery/jquery.js",
    "/usr/share/javascript/lodash/lodash.js",
    "/usr/share/javascript/underscore/underscore.js",
    "/usr/share/javascript/backbone/backbone.js",
    "/usr/share/javascript/d3/d3.js",
    "/usr/share/javascript/moment/moment.js",
    "/usr/share/javascript/angular.js/angular.js",
  ]

  /// Sorted paths; empty when dpkg or the packages are missing.
  public static let files: [String] = {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/dpkg"),
      let data = try? AcornOracle.run("/usr/bin/dpkg", ["-L"] + packages)
    else { return [] }
    let manager = FileManager.default
    return String(decoding: data, as: UTF8.self)
      .split(separator: "\n").map(String.init)
      .filter { path in
        guard path.hasSuffix(".js"),
          let attributes = try? manager.attributesOfItem(atPath: path),
          attributes[.type] as? FileAttributeType == .typeRegular,
          let size = attributes[.size] as? Int
        else { return false }
        return size > 1024
      }
      .sorted()
  }()

  public static var isInstalled: Bool { files.count > 500 }
}
