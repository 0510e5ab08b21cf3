internal import EntraideService
import Foundation
internal import Hummingbird
internal import PlanningDomain

/// hummingbird-auth's session storage, kept in the workspace: a `PersistDriver` whose keys (the session ids)
/// are stored as SHA-256 digests only, so the workspace file holds no usable session id.
struct WebSessionDriver: PersistDriver {
    let records: WebSecurityRecords
    let clock: @Sendable () -> Instant

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let bytes = try Array(JSONEncoder().encode(value))
        let digest = Secrets.digest(of: key)
        let expiresAt = expiry(expires)
        let created = try await Blocking.run { [records] in
            try records.createSession(digest, value: bytes, expiresAt: expiresAt)
        }
        guard created else { throw PersistError.duplicate }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let bytes = try Array(JSONEncoder().encode(value))
        let digest = Secrets.digest(of: key)
        let expiresAt = expiry(expires)
        try await Blocking.run { [records] in try records.storeSession(digest, value: bytes, expiresAt: expiresAt) }
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        let digest = Secrets.digest(of: key)
        let now = clock()
        guard let stored = try await Blocking.run({ [records] in try records.session(digest, at: now) }) else {
            return nil
        }
        do {
            return try JSONDecoder().decode(type, from: Data(stored.value))
        } catch {
            throw PersistError.invalidConversion
        }
    }

    func remove(key: String) async throws {
        let digest = Secrets.digest(of: key)
        try await Blocking.run { [records] in try records.removeSession(digest) }
    }

    private func expiry(_ duration: Duration?) -> Instant? {
        guard let duration else { return nil }
        return clock().adding(seconds: duration.components.seconds)
    }
}
