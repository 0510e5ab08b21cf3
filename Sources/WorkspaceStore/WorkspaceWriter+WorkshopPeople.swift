import GRDB
import Phrasebook
public import PlanningDomain

extension WorkspaceWriter {
    /// Keeps what is needed to reach the people a workshop publication wrote to, in the publication's
    /// transaction (call it inside the same ``Workspace/write(_:)`` as
    /// ``recordWorkshopPublication(_:notices:at:reason:messages:)``).
    ///
    /// Every kept person who is in `interest` is refreshed from it (name, e-mail address, language) and becomes
    /// `active`; one who is not becomes `withdrawn` and keeps their data, so that a later publication can still
    /// cancel their invitation. The people of `interest` in `addressed` who are not kept yet are added. Forgotten
    /// people stay forgotten, whatever the interest file says.
    /// - Parameters:
    ///   - interest: the people of the interest file of this publication.
    ///   - addressed: the people this publication queued a message to.
    /// - Throws: `invalid-identifier` for an id that breaks `IdentifierRule`; nothing is then changed.
    public func recordWorkshopPeople(
        _ interest: [Participant],
        addressed: Set<Participant.ID>
    ) throws(WorkspaceError) {
        for id in addressed.sorted() {
            try ImportChecks.id(id.rawValue, Phrase("workspace.what.participantID"), file)
        }
        try run { db in try WorkshopPeopleRows.record(interest, addressed: addressed, db) }
    }

    /// Erases a person of the workshops (the right to erasure), as ``forget(_:in:)`` erases a group's participant.
    ///
    /// Their name, e-mail address and language are blanked and their id stays as an anonymous tombstone
    /// (`forgotten`), so that a publication never writes to them again, even while the interest file still
    /// names them. Their waiting-list ranks are deleted. Their workshop messages in the outbox keep their ids,
    /// runs and states but lose their bytes, their envelope and the server's text, and are never sent (one still
    /// pending is not sent). Their publication records stay (workshop, candidate, `UID`, `SEQUENCE`: no personal
    /// data). After the transaction commits, the file is compacted so that the erased bytes are gone from the
    /// disk.
    /// - Returns: true when data was erased, false when the person was already forgotten (the file is then
    ///   compacted again all the same).
    /// - Throws: `invalid-identifier`, or `unknown-participant` when the workspace never wrote to this person.
    public func forgetWorkshopPerson(_ person: Participant.ID) throws(WorkspaceError) -> Bool {
        try ImportChecks.id(person.rawValue, Phrase("workspace.what.participantID"), file)
        guard let found = try run({ db in try WorkshopPeopleRows.person(person, db) }) else {
            throw .unknownWorkshopPerson(person.rawValue, file)
        }
        hasErasedData = true
        guard found.status != .forgotten else { return false }
        try run { db in try WorkshopPeopleRows.erase(person, db) }
        return true
    }

    /// Erases whoever `person` names: the participant of a group, or the person of the workshops.
    ///
    /// With `scope` `nil`, the id is looked up among the groups' participants and the people of the workshops:
    /// it must name exactly one of them.
    /// - Returns: whom it erased, and whether data was erased (false when already forgotten).
    /// - Throws: what ``forget(_:in:)`` and ``forgetWorkshopPerson(_:)`` throw; with no scope,
    ///   `ambiguous-participant` when the id names a group's participant and a person of the workshops (or
    ///   participants of several groups), `unknown-participant` when it names neither.
    public func forgetPerson(
        _ person: Participant.ID,
        in scope: ErasureScope?
    ) throws(WorkspaceError) -> (scope: ErasureScope, isErased: Bool) {
        switch scope {
        case .group(let group): return (.group(group), try forget(person, in: group))
        case .workshops: return (.workshops, try forgetWorkshopPerson(person))
        case nil: break
        }
        try ImportChecks.id(person.rawValue, Phrase("workspace.what.participantID"), file)
        let (groups, isWorkshopPerson) = try run { db in
            (try WorkshopPeopleRows.groups(holding: person, db), try WorkshopPeopleRows.person(person, db) != nil)
        }
        switch (groups.count, isWorkshopPerson) {
        case (0, false): throw .unknownPerson(person.rawValue, file)
        case (0, true): return (.workshops, try forgetWorkshopPerson(person))
        case (1, false): return (.group(groups[0]), try forget(person, in: groups[0]))
        case (_, true): throw .ambiguousPerson(person.rawValue, groups: groups.map(\.rawValue), file)
        default: throw .ambiguousParticipant(person.rawValue, groups: groups.map(\.rawValue), file)
        }
    }
}
