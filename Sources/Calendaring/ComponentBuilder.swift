internal import CLibical

/// Adds properties and child components to a component that is already owned, by its parent or by a
/// ``CalendarComponent``.
///
/// Each new property, parameter or child is attached right after libical creates it, so ownership moves
/// at once to the root and a thrown error leaks nothing; a `NULL` from libical becomes a ``CalendarError``.
struct ComponentBuilder {
    /// The component being filled; owned elsewhere.
    let pointer: OpaquePointer

    /// A builder for an owned component.
    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// Attaches a new child component to `parent` and returns a builder for it.
    init(child: OpaquePointer?, named name: String, of parent: OpaquePointer) throws(CalendarError) {
        guard let child else { throw CalendarError.libical(.createComponent(name)) }
        icalcomponent_add_component(parent, child)
        self.pointer = child
    }

    /// Attaches a new property and returns it, owned by the component, for parameters to be added.
    @discardableResult
    func add(_ name: String, _ property: OpaquePointer?) throws(CalendarError) -> OpaquePointer {
        guard let property else { throw CalendarError.libical(.createProperty(name)) }
        icalcomponent_add_property(pointer, property)
        return property
    }

    /// Attaches a new parameter to a property of this component.
    func addParameter(_ name: String, _ parameter: OpaquePointer?, to property: OpaquePointer) throws(CalendarError) {
        guard let parameter else { throw CalendarError.libical(.createParameter(name)) }
        icalproperty_add_parameter(property, parameter)
    }

    /// A child component builder, attached to this component.
    func addChild(_ name: String, _ child: OpaquePointer?) throws(CalendarError) -> ComponentBuilder {
        try ComponentBuilder(child: child, named: name, of: pointer)
    }
}
