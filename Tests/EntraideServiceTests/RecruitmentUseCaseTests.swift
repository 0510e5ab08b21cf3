import EntraideService
import EntraideTestSupport
import Foundation
import Intake
import PlanningDomain
import PlanningInput
import Recruitment
import Testing
import WorkspaceStore

/// Issue 12's use cases in-process: registering (consent, waiting list, link e-mail), the quorum notice once,
/// the recruitment status, and booking, moving and cancelling an intake interview.
@Suite struct RecruitmentUseCaseTests {
    let fixture: ServiceFixture

    init() throws {
        fixture = try ServiceFixture()
        var builder = ServiceFixture.group(people: 1)
        builder.scenario.group.maximumSize = 3
        // No answer yet: the count of members decides whether the quorum can be reached.
        builder.scenario.participants[0].answers = [:]
        try fixture.importScenario(builder.scenario)
    }

    static func form(_ name: String, email: String = "", phone: String = "") -> Registrations.Form {
        Registrations.Form(name: name, email: email, phone: phone, language: "fr", needsStepFreeAccess: false)
    }

    func register(
        _ form: Registrations.Form,
        source: RegistrationSource = .flyer,
        consent: Bool = true,
        hour: Int = 1
    ) throws(ServiceError) -> Register.Outcome {
        let at = ServiceFixture.now.adding(seconds: Int64(hour) * 3600) ?? ServiceFixture.now
        return try Register(workspace: fixture.workspace).run(
            Register.Request(form: form, source: source, hasConsent: consent),
            group: "g",
            at: at
        )
    }

    @Test func aRegistrationWithoutConsentOrWithABadAddressIsRefused() throws {
        for (form, consent) in [(Self.form("A", email: "a@mail.example"), false), (Self.form("B", email: "b@"), true)] {
            let error = #expect(throws: ServiceError.self) { try register(form, consent: consent) }
            #expect(error?.code == .invalidInput && error?.isInputError == true)
            #expect(error?.message.contains("a@mail.example") == false)
        }
        #expect(try fixture.workspace.read { try $0.registrations(of: "g") }.isEmpty)
    }

    @Test func registrationsGetALinkMailAndBeyondTheMaximumAWaitingRank() throws {
        let first = try register(Self.form("Alice", email: "alice@mail.example"), hour: 1)
        let byPhone = try register(Self.form("Bruno", phone: "+41 21 555 12 34"), source: .phone, hour: 2)
        let third = try register(Self.form("Chloé", email: "chloe@mail.example"), source: .partner, hour: 3)
        #expect(first.participant == "p02" && first.waitingRank == nil && first.linkMessage != nil)
        #expect(byPhone.participant == "p03" && byPhone.waitingRank == nil && byPhone.linkMessage == nil)
        #expect(third.waitingRank == 1)
        let stored = try fixture.workspace.read { try $0.registrations(of: "g") }
        #expect(stored.map(\.registration.source) == [.flyer, .phone, .partner])
        #expect(stored.allSatisfy { $0.consentVersion == Register.consentVersion })
    }

    @Test func theStaffMemberInChargeIsToldOnceWhenTheQuorumBecomesReachable() throws {
        // Quorum 2: p01 from the scenario and one registration reach it; later ones do not notify again.
        let first = try register(Self.form("Alice", email: "alice@mail.example"), hour: 1)
        let second = try register(Self.form("Bruno", email: "bruno@mail.example"), hour: 2)
        #expect(first.notifiedStaff && !second.notifiedStaff)
        let messages = try fixture.workspace.read { try $0.recruitmentMessages() }
        #expect(messages.map(\.kind) == [.quorumReachable])
        #expect(messages.first?.recipient == .staff("anne"))
        // In Anne's language (she lists none: the centre's, French), counts only.
        let text = String(decoding: messages.first?.body ?? [], as: UTF8.self)
        #expect(
            text.hasPrefix(
                "Le quorum de 2 personnes peut être atteint pour le groupe g : 2 inscriptions, taille maximale 3, "
                    + "0 en liste d'attente."
            )
        )
        #expect(!text.contains("Alice") && !text.contains("Bruno"))
        #expect(messages.first?.mail?.to == "anne@staff.example")
    }

    @Test func theStatusCountsRegistrationsSourcesAndTheState() throws {
        let before = try RecruitmentStatus(workspace: fixture.workspace).run(group: "g", at: ServiceFixture.now)
        #expect(before.figures.state == .recruiting && before.figures.registered == 1)
        _ = try register(Self.form("Alice", email: "alice@mail.example"), source: .press, hour: 1)
        let later = ServiceFixture.later
        let after = try RecruitmentStatus(workspace: fixture.workspace).run(group: "g", at: later)
        #expect(after.figures.state == .readyToPlan && after.figures.registered == 2)
        #expect(after.figures.sources.first { $0.source == .press }?.count == 1)
        #expect(after.figures.sources.first { $0.source == .staff }?.count == 1)
        let missing = #expect(throws: ServiceError.self) {
            try RecruitmentStatus(workspace: fixture.workspace).run(group: "nope", at: later)
        }
        #expect(missing?.code == .unknownGroup)
    }

    // MARK: - Intake

    static func digest(_ byte: UInt8) -> SecretDigest {
        guard let digest = SecretDigest([UInt8](repeating: byte, count: 32)) else { preconditionFailure("32") }
        return digest
    }

    static func at(_ text: String) -> LocalDateTime {
        let parts = text.split(whereSeparator: { "-T:".contains($0) }).compactMap { Int($0) }
        return LocalDate(year: parts[0], month: parts[1], day: parts[2])?.atMinute(parts[3] * 60 + parts[4])
            ?? LocalDate(dayNumber: 0).atMinute(0)
    }

    /// A group of four, published: Anne leads its information session on 12 January at 18:30.
    static func published() throws -> ServiceFixture {
        let fixture = try ServiceFixture()
        try fixture.importScenario(ServiceFixture.group().scenario)
        _ = try fixture.publish()
        return fixture
    }

    func hours(_ fixture: ServiceFixture) throws -> OfferIntakeSlots.Request {
        let evening = try [
            WeeklyWindow(
                weekday: .tuesday,
                from: #require(LocalTime(hour: 17, minute: 0)),
                to: #require(LocalTime(hour: 21, minute: 0))
            )
        ]
        var request = OfferIntakeSlotsTests.request(.workspace(fixture.workspace), weekly: evening)
        request.slots = IntakeSlotRequest(
            from: OfferIntakeSlotsTests.date("2027-01-11"),
            to: OfferIntakeSlotsTests.date("2027-01-17")
        )
        return request
    }

    func booking(_ fixture: ServiceFixture) -> BookIntake {
        BookIntake(offer: OfferIntakeSlots(files: MemoryFiles()), workspace: fixture.workspace)
    }

    func invite(_ id: String, _ byte: UInt8, in fixture: ServiceFixture) throws {
        try InviteInitiator(workspace: fixture.workspace).run(
            id,
            group: "g",
            staff: "anne",
            initiator: Self.form("Initiatrice", email: "init@mail.example"),
            terms: IntakeOfferTerms(
                weekly: ["tuesday 17:00-21:00"],
                from: OfferIntakeSlotsTests.date("2027-01-11"),
                to: OfferIntakeSlotsTests.date("2027-01-20")
            ),
            link: Self.digest(byte),
            at: ServiceFixture.now
        )
    }

    @Test func aBookingSendsRequestsAMoveCountsTheSequenceACancelSendsCancel() throws {
        let fixture = try Self.published()
        try invite("i1", 1, in: fixture)
        let booked = try booking(fixture).run(
            "i1",
            start: Self.at("2027-01-12T17:00"),
            mode: .centre,
            hours: hours(fixture),
            at: ServiceFixture.now
        )
        #expect(booked.booking.sequence == 0 && booked.invitations.count == 2)
        let moved = try MoveIntake(booking: booking(fixture)).run(
            "i1",
            to: Self.at("2027-01-19T17:00"),
            mode: .phone,
            hours: {
                var request = try hours(fixture)
                request.slots.to = OfferIntakeSlotsTests.date("2027-01-20")
                return request
            }(),
            at: ServiceFixture.now
        )
        #expect(moved.booking.sequence == 1 && moved.booking.mode == .phone)
        let cancelled = try CancelIntake(workspace: fixture.workspace).run("i1", at: ServiceFixture.later)
        #expect(cancelled.sequence == 2 && cancelled.status == .cancelled)
        let messages = try fixture.workspace.read { try $0.recruitmentMessages() }.filter { $0.interview == "i1" }
        #expect(
            messages.map(\.kind) == [
                .intakeRequest, .intakeRequest, .intakeRequest, .intakeRequest, .intakeCancel, .intakeCancel,
            ]
        )
        #expect(messages.map(\.sequence) == [0, 0, 1, 1, 2, 2])
        let cancel = String(decoding: messages.last?.body ?? [], as: UTF8.self)
        #expect(cancel.contains("METHOD:CANCEL\r\n") && cancel.contains("SEQUENCE:2\r\n"))
        #expect(cancel.contains("UID:intake.i1@"))
    }

    @Test func aSlotTakenMeanwhileOrBusyIsRefused() throws {
        let fixture = try Self.published()
        try invite("i1", 1, in: fixture)
        try invite("i2", 2, in: fixture)
        _ = try booking(fixture).run(
            "i1",
            start: Self.at("2027-01-12T17:00"),
            mode: .centre,
            hours: hours(fixture),
            at: ServiceFixture.now
        )
        // The same slot, then one that overlaps the information session Anne leads (18:30) since the offer.
        for start in ["2027-01-12T17:00", "2027-01-12T18:00"] {
            let error = #expect(throws: ServiceError.self) {
                try booking(fixture).run(
                    "i2",
                    start: Self.at(start),
                    mode: .video,
                    hours: hours(fixture),
                    at: ServiceFixture.now
                )
            }
            #expect(error?.code == .slotTaken)
        }
        #expect(try fixture.workspace.read { try $0.intakeBooking("i2") }?.status == .offered)
    }

    @Test func theInitiatorsLinkShowsFreeSlotsBooksAndCancels() throws {
        let fixture = try Self.published()
        try invite("i1", 7, in: fixture)
        let byLink = IntakeByLink(workspace: fixture.workspace, files: MemoryFiles())
        let page = try byLink.page(Self.digest(7), at: ServiceFixture.now)
        // Tuesdays 17:00–21:00 on 12 and 19 January; the information session (18:30–20:00 on the 12th, Anne)
        // and its 15-minute buffers leave 17:00 only on the 12th.
        #expect(
            page.slots.map(\.key) == [
                "2027-01-12T17:00", "2027-01-19T17:00", "2027-01-19T17:30", "2027-01-19T18:00", "2027-01-19T18:30",
                "2027-01-19T19:00", "2027-01-19T19:30", "2027-01-19T20:00",
            ]
        )
        #expect(page.staffName == "Anne Facilitatrice")
        let booked = try byLink.book(
            Self.digest(7),
            start: Self.at("2027-01-19T18:00"),
            mode: .video,
            at: ServiceFixture.now
        )
        #expect(booked.booking.status == .booked)
        let after = try byLink.page(Self.digest(7), at: ServiceFixture.now)
        #expect(!after.slots.map(\.key).contains("2027-01-19T18:00"))
        #expect(try byLink.cancel(Self.digest(7), at: ServiceFixture.now).status == .cancelled)
        let unknown = #expect(throws: ServiceError.self) { try byLink.page(Self.digest(8), at: ServiceFixture.now) }
        #expect(unknown?.code == .invalidLink)
    }

    @Test func anImportKeepsTheGroupsPublicWordsForItsPublicPage() throws {
        let workspace = try Workspace.inMemory()
        _ = try ImportScenario(source: ScenarioSource(files: DiskFiles()), workspace: workspace).run(
            scenario: PackageRoot.example("proches-aidants-lausanne.yaml"),
            now: ServiceFixture.now
        )
        let status = try RecruitmentStatus(workspace: workspace).run(
            group: "proches-aidants-lausanne",
            at: ServiceFixture.now
        )
        #expect(status.description.audience?.hasPrefix("Pour toute personne qui soutient un proche") == true)
        #expect(status.description.text?.isEmpty == false)
        #expect(status.staffInCharge == "anne")
    }
}
