internal import CLibical

/// Owns the component tree that libical parsed from a file, and frees it in `deinit`.
///
/// Not `Sendable`: libical's error state and string ring buffer are per thread, so one file is parsed and read
/// on one thread, in one call.
final class ParsedCalendar {
    /// The root: a `VCALENDAR`, or an `XROOT` holding several.
    let root: OpaquePointer

    /// Parses `source` with `icalparser_parse_string`; `nil` when libical gives up (it then returns `NULL`).
    init?(_ source: ICSSource) {
        _ = ZoneClock.utc()  // Fills libical's zone table behind the lock before the parser looks up UTC.
        clibical_clear_errno()
        let parsed = (source.bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { icalparser_parse_string($0.baseAddress) }
        }
        guard let parsed else { return nil }
        root = parsed
    }

    deinit {
        icalcomponent_free(root)
    }

    /// The `VCALENDAR` components, in file order.
    var calendars: [OpaquePointer] {
        if icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT { return [root] }
        return children(of: root, kind: ICAL_VCALENDAR_COMPONENT)
    }

    /// The direct children of `component` of one kind, in file order.
    func children(of component: OpaquePointer, kind: icalcomponent_kind) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        var child = icalcomponent_get_first_component(component, kind)
        while let current = child {
            found.append(current)
            child = icalcomponent_get_next_component(component, kind)
        }
        return found
    }
}

@available(*, unavailable)
extension ParsedCalendar: Sendable {}
