@testable import AssetPipeline
import Foundation
import Testing

// The real consumers of our manifests, where Debian packages them:
// Django (python3-django) and Sprockets (ruby-sprockets). Each reads the
// manifest snowpak merged into a site's existing one.

/// A Python that can import Django (Debian's, not a virtualenv's).
private let djangoPython: String? = ["/usr/bin/python3", "python3"].first { python in
  runTool(python, ["-c", "import django"])?.status == 0
}

/// A Ruby that can load Sprockets.
private let sprocketsRuby: String? =
  runTool("ruby", ["-e", "require 'sprockets'"])?.status == 0 ? "ruby" : nil

@Suite("Real asset pipelines read our manifests")
struct ConsumerTests {
  @Test(
    "Django's ManifestStaticFilesStorage resolves sp.js from staticfiles.json",
    .enabled(if: djangoPython != nil, "python3-django is not installed"))
  func django() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("staticfiles.json",
      #"{"paths": {"css/site.css": "css/site.0123456789ab.css"}, "version": "1.0"}"#)
    let (plan, _) = try build("var a=1;", map: "{}", into: directory) {
      $0.manifests = [ManifestRequest(.django)]
    }

    let script = """
      import sys
      from django.conf import settings
      settings.configure(DEBUG=False, STATIC_URL='/static/', STATIC_ROOT=sys.argv[1],
        STATICFILES_STORAGE=
          'django.contrib.staticfiles.storage.ManifestStaticFilesStorage')
      import django; django.setup()
      from django.contrib.staticfiles.storage import staticfiles_storage as s
      for name in ['sp.js', 'sp.js.map', 'css/site.css']:
          print(s.url(name))
      try:
          s.url('missing.js')
      except ValueError as e:
          print('strict')
      """
    let result = try #require(runTool(djangoPython!, ["-c", script, directory.path]))
    #expect(String(decoding: result.output, as: UTF8.self) == """
      /static/\(plan.script.file)
      /static/\(plan.script.file).map
      /static/css/site.0123456789ab.css
      strict

      """, "\(result.error)")
  }

  @Test(
    "Sprockets finds our manifest, reads assets and files, and cleans by our mtimes",
    .enabled(if: sprocketsRuby != nil, "ruby-sprockets is not installed"))
  func sprockets() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let (old, _) = try build("old();", into: directory) {
      $0.manifests = [ManifestRequest(.sprockets)]
    }
    let (plan, _) = try build("var a=1;", into: directory) { options in
      options.manifests = [ManifestRequest(.sprockets)]
      options.buildTime = Date(timeIntervalSince1970: 1_790_000_100)
    }

    // Sprockets' own lookup, then its clean(0 backups, age 0).
    let script = """
      require 'sprockets'
      m = Sprockets::Manifest.new(nil, ARGV[0])
      puts File.basename(m.filename)
      puts m.assets['sp.js']
      f = m.files[m.assets['sp.js']]
      puts f['logical_path'], f['size'], f['digest'], f['integrity']
      m.clean(0, 0)
      puts m.files.keys.sort.join(',')
      puts File.exist?(File.join(ARGV[0], ARGV[1]))
      """
    let result = try #require(runTool(sprocketsRuby!,
      ["-e", script, directory.path, old.script.file]))
    let js = plan.script
    #expect(String(decoding: result.output, as: UTF8.self) == """
      \(ManifestFormat.sprocketsDefaultName)
      \(js.file)
      sp.js
      \(js.size)
      \(js.sha256)
      \(Integrity.sha256(of: js.bytes))
      \(js.file)
      false

      """, "\(result.error)")
  }

  @Test(
    "Python's json reads every manifest we write",
    .enabled(if: toolPath("python3") != nil, "python3 is not installed"))
  func allParse() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let (plan, _) = try build("var a=1;", into: directory) { options in
      options.manifests = ManifestFormat.allCases.map { ManifestRequest($0) }
    }
    for manifest in plan.manifests {
      let result = try #require(runTool("python3",
        ["-c", "import json,sys; json.load(open(sys.argv[1]))", directory.file(manifest.path)]))
      #expect(result.status == 0, "\(manifest.path): \(result.error)")
    }
  }
}
