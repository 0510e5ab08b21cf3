/// The JSON columns of `workspace_group` in schema versions 1 and 2 (organisation, facilitators, venues,
/// closures), read only by the migration to version 3, which moves them to the centre's records.
///
/// Frozen: these are the forms versions 1 and 2 wrote; never change them.
enum LegacySettings {
    struct Organisation: Decodable {
        var name: String
        var timeZone: String
        var language: String
        var organiser: Contact
        var uidDomain: String

        enum CodingKeys: String, CodingKey {
            case name, language, organiser
            case timeZone = "time-zone"
            case uidDomain = "uid-domain"
        }
    }

    struct Contact: Decodable {
        var name: String
        var email: String
    }

    struct Facilitator: Decodable {
        var id: String
        var name: String
        var email: String
        var away: [String]
        var busy: [String]
        /// Written by version 2 from when facilitators' tentative events were kept; absent before.
        var tentative: [String]?
    }

    struct Venue: Decodable {
        var id: String
        var name: String
        var address: String
        var capacity: Int
        var stepFree: Bool
        var booked: [String]

        enum CodingKeys: String, CodingKey {
            case id, name, address, capacity, booked
            case stepFree = "step-free"
        }
    }

    struct Closure: Decodable {
        var from: String
        var to: String
        var reason: String?
    }
}
