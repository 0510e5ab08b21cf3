internal import CLibical

extension CalendarDocument.Method {
    /// The `METHOD` value (RFC 5546 §1.4).
    var libicalValue: icalproperty_method {
        switch self {
        case .publish: ICAL_METHOD_PUBLISH
        case .request: ICAL_METHOD_REQUEST
        case .cancel: ICAL_METHOD_CANCEL
        }
    }
}

extension CalendarEvent.Status {
    /// The `STATUS` value (RFC 5545 §3.8.1.11).
    var libicalValue: icalproperty_status {
        switch self {
        case .confirmed: ICAL_STATUS_CONFIRMED
        case .tentative: ICAL_STATUS_TENTATIVE
        case .cancelled: ICAL_STATUS_CANCELLED
        }
    }
}

extension CalendarEvent.Classification {
    /// The `CLASS` value (RFC 5545 §3.8.1.3).
    var libicalValue: icalproperty_class {
        switch self {
        case .public: ICAL_CLASS_PUBLIC
        case .private: ICAL_CLASS_PRIVATE
        case .confidential: ICAL_CLASS_CONFIDENTIAL
        }
    }
}

extension CalendarAttendee.Role {
    /// The `ROLE` value (RFC 5545 §3.2.16).
    var libicalValue: icalparameter_role {
        switch self {
        case .requiredParticipant: ICAL_ROLE_REQPARTICIPANT
        case .optionalParticipant: ICAL_ROLE_OPTPARTICIPANT
        case .chair: ICAL_ROLE_CHAIR
        }
    }
}

extension CalendarAttendee.Participation {
    /// The `PARTSTAT` value (RFC 5545 §3.2.12).
    var libicalValue: icalparameter_partstat {
        switch self {
        case .needsAction: ICAL_PARTSTAT_NEEDSACTION
        case .accepted: ICAL_PARTSTAT_ACCEPTED
        case .tentative: ICAL_PARTSTAT_TENTATIVE
        case .declined: ICAL_PARTSTAT_DECLINED
        }
    }
}
