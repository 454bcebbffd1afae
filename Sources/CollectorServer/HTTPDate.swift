#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// IMF-fixdate, the one date format HTTP generates (RFC 9110, 5.6.7):
/// `Sun, 06 Nov 1994 08:49:37 GMT`. Written by hand: DateFormatter is
/// not cheap to share across threads.
enum HTTPDate {
  private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  static func string(from date: Date) -> String {
    let time = UTCTime(date)
    let weekday = weekdays[Int(time.daysSinceEpoch % 7 + 7) % 7]
    return "\(weekday), \(pad(time.day)) \(months[time.month - 1]) "
      + "\(time.year) \(pad(time.hour)):\(pad(time.minute)):"
      + "\(pad(time.second)) GMT"
  }

  static func pad(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
