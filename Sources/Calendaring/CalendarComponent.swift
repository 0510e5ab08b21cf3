internal import CLibical

/// Owns one root `icalcomponent *` and frees it, with every child attached to it, in `deinit`.
///
/// Children are attached to their parent right after they are created, so the parent owns them and a
/// thrown error half-way through leaks nothing. Not `Sendable`: libical's per-thread state (error number,
/// string ring buffer) means one component is built and serialised on one thread, in one call.
final class CalendarComponent {
    /// The root component; valid as long as `self` lives.
    let pointer: OpaquePointer

    /// Takes ownership of a root component.
    init(owning pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// An empty `VCALENDAR`.
    static func calendar() throws(CalendarError) -> CalendarComponent {
        guard let pointer = icalcomponent_new_vcalendar() else {
            throw CalendarError.libical(.createComponent("VCALENDAR"))
        }
        return CalendarComponent(owning: pointer)
    }

    deinit {
        icalcomponent_free(pointer)
    }

    /// The component as iCalendar bytes: libical escapes, folds at 75 octets and ends lines with CRLF.
    ///
    /// Uses the `_r` serialiser, whose buffer belongs to us and is freed with `icalmemory_free_buffer`.
    func icsBytes() throws(CalendarError) -> [UInt8] {
        guard let text = icalcomponent_as_ical_string_r(pointer) else {
            throw CalendarError.libical(.serialiseComponent("VCALENDAR"))
        }
        defer { icalmemory_free_buffer(text) }
        return text.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
            var length = 0
            while start[length] != 0 { length += 1 }
            return Array(UnsafeBufferPointer(start: start, count: length))
        }
    }
}

@available(*, unavailable)
extension CalendarComponent: Sendable {}
