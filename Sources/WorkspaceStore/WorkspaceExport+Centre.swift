import PlanningDomain

extension WorkspaceExport {
    /// The centre's records, once for the whole workspace.
    struct Centre: Encodable {
        var organisation: Organisation
        var travelBufferMinutes: Int
        var facilitators: [Facilitator]
        var venues: [Venue]
        var closures: [Closure]

        enum CodingKeys: String, CodingKey {
            case organisation, facilitators, venues, closures
            case travelBufferMinutes = "travel-buffer-minutes"
        }

        init(_ centre: PlanningDomain.Centre) {
            let organisation = centre.organisation
            self.organisation = Organisation(
                name: organisation.name,
                timeZone: organisation.timeZone,
                language: organisation.language.code,
                organiser: Contact(name: organisation.organiser.name, email: organisation.organiser.email),
                uidDomain: organisation.uidDomain,
                phone: Nullable(organisation.phone),
                canton: Nullable(organisation.canton)
            )
            travelBufferMinutes = centre.travelBufferMinutes
            facilitators = centre.facilitators.map(Facilitator.init)
            venues = centre.venues.map(Venue.init)
            closures = centre.closures.map {
                Closure(from: $0.from.description, to: $0.to.description, reason: Nullable($0.reason))
            }
        }
    }

    struct Organisation: Encodable {
        var name: String
        var timeZone: String
        var language: String
        var organiser: Contact
        var uidDomain: String
        var phone: Nullable<String>
        var canton: Nullable<String>

        enum CodingKeys: String, CodingKey {
            case name, language, organiser, phone, canton
            case timeZone = "time-zone"
            case uidDomain = "uid-domain"
        }
    }

    struct Contact: Encodable {
        var name: String
        var email: String
    }

    struct Facilitator: Encodable {
        var id: String
        var name: String
        var email: String
        var phone: Nullable<String>
        var away: [String]
        var languages: [String]
        var qualifications: Qualifications
        var weeklyLimit: Nullable<Int>
        var monthlyLimit: Nullable<Int>

        enum CodingKeys: String, CodingKey {
            case id, name, email, phone, away, languages, qualifications
            case weeklyLimit = "weekly-limit"
            case monthlyLimit = "monthly-limit"
        }

        init(_ facilitator: PlanningDomain.Facilitator) {
            id = facilitator.id.rawValue
            name = facilitator.name
            email = facilitator.email
            phone = Nullable(facilitator.phone)
            away = facilitator.awayDates.sorted().map(\.description)
            languages = facilitator.languages.map(\.code)
            qualifications = Qualifications(
                sessions: facilitator.qualifications.sessionKinds.sorted().map(\.rawValue),
                workshops: facilitator.qualifications.workshops.sorted(),
                allWorkshops: facilitator.qualifications.allWorkshops
            )
            weeklyLimit = Nullable(facilitator.weeklyLimit)
            monthlyLimit = Nullable(facilitator.monthlyLimit)
        }
    }

    struct Qualifications: Encodable {
        var sessions: [String]
        var workshops: [String]
        var allWorkshops: Bool

        enum CodingKeys: String, CodingKey {
            case sessions, workshops
            case allWorkshops = "all-workshops"
        }
    }

    struct Venue: Encodable {
        var id: String
        var name: String
        var address: String
        var capacity: Int
        var stepFree: Bool
        var openingHours: [CentreColumns.Window]
        var access: Nullable<String>

        enum CodingKeys: String, CodingKey {
            case id, name, address, capacity, access
            case stepFree = "step-free"
            case openingHours = "opening-hours"
        }

        init(_ venue: PlanningDomain.Venue) {
            id = venue.id.rawValue
            name = venue.name
            address = venue.address
            capacity = venue.capacity
            stepFree = venue.hasStepFreeAccess
            openingHours = venue.openingHours.map {
                CentreColumns.Window(day: $0.weekday.description, from: $0.from.description, to: $0.to.description)
            }
            access = Nullable(venue.access)
        }
    }

    struct Closure: Encodable {
        var from: String
        var to: String
        var reason: Nullable<String>
    }

    /// A publication run and its messages, metadata only.
    struct Run: Encodable {
        var number: Int
        var createdAt: String
        var reason: String
        var messages: [Message]

        enum CodingKeys: String, CodingKey {
            case number, reason, messages
            case createdAt = "created-at"
        }
    }

    /// An outbox message without bytes, addresses or the server's text.
    struct Message: Encodable {
        var id: Int
        var recipient: Recipient
        var session: String
        var workshop: String?
        var uid: String
        var sequence: Int
        var method: String
        var reason: String
        var file: String
        var state: String
        var stateAt: Nullable<String>
        var attempts: Int
        var lastAttemptAt: Nullable<String>
        var erased: Bool

        enum CodingKeys: String, CodingKey {
            case id, recipient, session, workshop, uid, sequence, method, reason, file, state, attempts, erased
            case stateAt = "state-at"
            case lastAttemptAt = "last-attempt-at"
        }

        init(_ entry: OutboxEntry) {
            id = entry.id.rawValue
            recipient = Recipient(kind: OutboxRows.recipientKind(entry.recipient), id: entry.recipient.rawID)
            session = entry.subject.rawValue
            workshop = entry.workshop?.rawValue
            uid = entry.uid
            sequence = entry.sequence
            method = entry.method.rawValue
            reason = entry.reason
            file = entry.fileStem
            state = entry.state.kind.rawValue
            switch entry.state {
            case .sent(_, let at), .failed(_, let at): stateAt = Nullable(at.iso8601)
            default: stateAt = Nullable(nil)
            }
            attempts = entry.attempts
            lastAttemptAt = Nullable(entry.lastAttemptAt?.iso8601)
            erased = entry.isErased
        }
    }

    struct Recipient: Encodable {
        var kind: String
        var id: String
    }
}
