import Intake
import PlanningDomain
import Testing

/// Booking: a slot offered earlier is checked again with the data of now.
@Suite struct IntakeRecheckTests {
    typealias F = IntakeFixtures

    static func offered() throws -> IntakeSlot {
        let slots = IntakeSlots.free(in: F.hours(), F.week)
        return try #require(slots.first { $0.key == "2027-01-12T10:00" })
    }

    @Test func aSlotStillFreeIsFreeAgain() throws {
        let slot = try Self.offered()
        #expect(IntakeSlots.recheck(slot, in: F.hours(), notBefore: F.instant(F.date(2027, 1, 5), 9, 0)) == .free(slot))
    }

    @Test func aSlotThatBecameBusyBetweenOfferAndBookingIsRefused() throws {
        let slot = try Self.offered()
        // A meeting entered in Anne's calendar after the offer was sent.
        let now = F.hours(busy: [F.period(F.tuesday, (10, 30), (11, 0))])
        let check = IntakeSlots.recheck(slot, in: now, notBefore: nil)
        #expect(!check.isFree)
        #expect(check.conflicts == [.busy])
    }

    @Test func aSlotWhoseDayWasClosedSinceIsRefused() throws {
        let slot = try Self.offered()
        let closure = Closure(from: F.tuesday, to: F.tuesday, reason: nil)
        #expect(
            IntakeSlots.recheck(slot, in: F.hours(closures: [closure]), notBefore: nil).conflicts == [
                .closed(reason: nil)
            ]
        )
    }

    @Test func aSlotInThePastIsRefused() throws {
        let slot = try Self.offered()
        let check = IntakeSlots.recheck(slot, in: F.hours(), notBefore: F.instant(F.tuesday, 10, 1))
        #expect(check.conflicts == [.tooSoon])
    }

    @Test func twoPeoplePickingTheSameSlotExactlyOneWins() throws {
        let slot = try Self.offered()
        var hours = F.hours()
        var winners: [String] = []
        // The store runs these one after the other inside its write transaction; the second sees the first.
        for (person, id) in [("first", "i-0001"), ("second", "i-0002")] {
            guard case .free(let free) = IntakeSlots.recheck(slot, in: hours, notBefore: nil) else { continue }
            winners.append(person)
            hours.booked.append(
                BookedInterview(id: IntakeInterview.ID(id), start: free.startInstant, end: free.endInstant)
            )
        }
        #expect(winners == ["first"])
        #expect(IntakeSlots.recheck(slot, in: hours, notBefore: nil).conflicts == [.booked("i-0001")])
    }

    @Test func aBookingTakesTheSlotsWithinItsBufferButNotTheOthers() throws {
        let slot = try Self.offered()
        var hours = F.hours()
        hours.booked = [BookedInterview(id: "i-0001", start: slot.startInstant, end: slot.endInstant)]
        let remaining = IntakeSlots.free(in: hours, F.week)
        // 10:00–11:00 booked with a 15-minute buffer: 09:00 ends at 10:00 (within the buffer), 11:00 starts at
        // 11:00 (within it too); nothing else on Tuesday fits.
        #expect(F.starts(remaining, on: F.tuesday).isEmpty)
        hours.bufferMinutes = 0
        #expect(F.starts(IntakeSlots.free(in: hours, F.week), on: F.tuesday) == ["09:00", "11:00"])
    }

    @Test func movingAnInterviewIgnoresItsOwnBooking() throws {
        let slot = try Self.offered()
        var hours = F.hours()
        hours.booked = [BookedInterview(id: "i-0001", start: slot.startInstant, end: slot.endInstant)]
        let later = IntakeSlots.check(
            start: F.local(F.tuesday, 10, 30),
            lengthMinutes: 60,
            modes: slot.modes,
            in: hours,
            notBefore: nil,
            excluding: "i-0001"
        )
        #expect(later.isFree)
        let notExcluded = IntakeSlots.check(
            start: F.local(F.tuesday, 10, 30),
            lengthMinutes: 60,
            modes: slot.modes,
            in: hours,
            notBefore: nil,
            excluding: nil
        )
        #expect(notExcluded.conflicts == [.booked("i-0001")])
    }

    @Test func aSlotOfAnotherStaffMemberIsNotTheirs() throws {
        var slot = try Self.offered()
        slot.staff = "marc"
        #expect(IntakeSlots.recheck(slot, in: F.hours(), notBefore: nil).conflicts == [.otherStaffMember])
    }
}
