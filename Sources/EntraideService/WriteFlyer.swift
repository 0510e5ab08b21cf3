internal import AvailabilityImport
public import OutputFiles
internal import Phrasebook
public import PlanningDomain
internal import PlanningEngine
public import Promotion
public import WorkspaceStore

/// `entraide flyer`: a group's flyer (A4 and A5 PDF), its announcement (plain text and Markdown) and, once the
/// information session is known, its "add to calendar" file.
///
/// From a scenario file, the information session is the planned one (when a feasible plan exists) and the public
/// words are the scenario's `group.public-text` and `group.audience`. From a workspace, they are what
/// ``GroupPromotion`` says: the published information session (not cancelled) and the public words the workspace
/// keeps; without a public text the group's theme is printed instead, and the outcome says so.
public struct WriteFlyer: Sendable {
    /// Where the group comes from.
    public enum Source: Sendable {
        /// A scenario file.
        case scenario(String)
        /// A group of a workspace, as published there.
        case published(Group.ID, in: Workspace)
    }

    /// What to write.
    public struct Request: Sendable {
        /// The group.
        public var source: Source
        /// The paper sizes.
        public var sizes: [FlyerSize]
        /// The registration page's address, printed and encoded in the QR code; `nil` for none yet.
        public var registrationAddress: String?
        /// The PDFs' creation date and the calendar's `DTSTAMP`.
        public var now: Instant

        /// A request.
        public init(source: Source, sizes: [FlyerSize] = FlyerSize.allCases, registrationAddress: String?, now: Instant)
        {
            self.source = source
            self.sizes = sizes
            self.registrationAddress = registrationAddress
            self.now = now
        }
    }

    /// What staff should know about a flyer written.
    public enum Notice: Hashable, Sendable {
        /// No public text was written: the group's theme is printed instead.
        case themePrinted
        /// No registration address: no QR code, only the phone and e-mail.
        case noRegistrationAddress
        /// The information session is not known: the flyer says its date will follow, and no `.ics` is written.
        case informationUnknown
    }

    /// What was written.
    public struct Outcome: Sendable {
        /// `flyer-a4.pdf`, `flyer-a5.pdf`, `announcement.txt`, `announcement.md`, `information.ics`.
        public var bundle: OutputBundle
        /// What the files say.
        public var content: FlyerContent
        /// What staff should know.
        public var notices: [Notice]
    }

    /// Where scenario files and the files they name are read from.
    public let source: ScenarioSource

    /// The use case.
    public init(source: ScenarioSource) { self.source = source }

    /// The files.
    ///
    /// - Throws: `invalid-input` for a broken scenario or a registration address that is not `https://…`;
    ///   `unknown-group` for a group the workspace does not hold; `rendering` when cairo or libical fails.
    public func run(_ request: Request) throws(ServiceError) -> Outcome {
        var address: RegistrationAddress?
        if let text = request.registrationAddress {
            do {
                address = try RegistrationAddress(text)
            } catch {
                throw ServiceError(.invalidInput, ServiceError.sentence(error.phrase), isInputError: true)
            }
        }
        let (group, description, organisation, information) = try facts(of: request.source)
        let content = FlyerContent(
            group: group,
            description: description,
            organisation: organisation,
            information: information,
            registration: address
        )
        var bundle = OutputBundle(command: "flyer")
        do {
            for size in request.sizes {
                let pdf = try FlyerPDF.bytes(for: content, size: size, creationDate: request.now.iso8601)
                bundle.add(pdf, at: try BundlePath("flyer-\(size.rawValue).pdf"))
            }
            let announcement = Announcement(content)
            bundle.add(Array(announcement.plainText.utf8), at: BundlePath(fixed: "announcement.txt"))
            bundle.add(Array(announcement.markdown.utf8), at: BundlePath(fixed: "announcement.md"))
            if let ics = try InformationCalendar.bytes(for: content, stamp: request.now) {
                bundle.add(ics, at: BundlePath(fixed: "information.ics"))
            }
        } catch {
            throw .rendering(Phrase("service.what.flyer", ["group": .verbatim("\(group.id)")]), error)
        }
        var notices: [Notice] = []
        if content.isThemeFallback { notices.append(.themePrinted) }
        if address == nil { notices.append(.noRegistrationAddress) }
        if information == nil { notices.append(.informationUnknown) }
        return Outcome(bundle: bundle, content: content, notices: notices)
    }

    /// The group, its public words, the centre and the information session, from the scenario or the workspace.
    private func facts(
        of source: Source
    ) throws(ServiceError) -> (Group, PublicDescription, Organisation, PublicSession?) {
        switch source {
        case .scenario(let path):
            let loaded = try self.source.load(path)
            let scenario = loaded.scenario
            var information: PublicSession?
            if case .planned(let result) = Planner(scenario: scenario).plan(),
                let session = result.plan.sessions.first(where: { $0.slot.kind == .information }),
                let venue = scenario.venue(session.slot.venue)
            {
                information = PublicSession(start: session.slot.start, end: session.slot.end, venue: venue)
            }
            return (scenario.group, loaded.publicDescription, scenario.organisation, information)
        case .published(let id, let workspace):
            let facts = try GroupPromotion(workspace: workspace).facts(of: id)
            return (facts.group, facts.description, facts.organisation, facts.information)
        }
    }
}
