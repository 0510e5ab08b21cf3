import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

/// What a browser does for the tests: keeps cookies, reads the form token of the last page, sends forms.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    private let lock = NSLock()
    private var cookies: [String: String] = [:]
    private(set) var lastCSRF: String?
    var acceptLanguage = "fr-CH,fr;q=0.9"

    init(client: any TestClientProtocol) { self.client = client }

    /// A page, as a browser would ask for it.
    @discardableResult
    func get(_ path: String) async throws -> Page {
        try await send(path, method: .get, body: nil, type: nil)
    }

    /// A form, URL-encoded, with the last page's token unless `csrf` says otherwise (`""`: none).
    @discardableResult
    func post(
        _ path: String,
        _ fields: [(String, String)],
        csrf: String? = nil,
        origin: String? = nil
    ) async throws -> Page {
        var all = fields
        let token = csrf ?? lastCSRF ?? ""
        if !token.isEmpty { all.append(("csrf", token)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(
            path,
            method: .post,
            body: Array(body.utf8),
            type: "application/x-www-form-urlencoded",
            origin: origin
        )
    }

    /// A multipart form with one file.
    @discardableResult
    func upload(_ path: String, file: (name: String, bytes: [UInt8]), fields: [(String, String)]) async throws -> Page {
        let boundary = "----entraide-test-boundary"
        var body: [UInt8] = []
        for (name, value) in fields + [("csrf", lastCSRF ?? "")] {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: text/csv\r\n\r\n"
                .utf8
        )
        body += file.bytes + Array("\r\n--\(boundary)--\r\n".utf8)
        return try await send(path, method: .post, body: body, type: "multipart/form-data; boundary=\(boundary)")
    }

    /// Signs in as `anne`.
    @discardableResult
    func signIn(password: String = ServerFixture.password) async throws -> Page {
        try await get("/staff/sign-in")
        return try await post("/staff/sign-in", [("name", "anne"), ("password", password)])
    }

    private func send(
        _ path: String,
        method: HTTPRequest.Method,
        body: [UInt8]?,
        type: String?,
        origin: String? = nil
    ) async throws -> Page {
        var headers = HTTPFields()
        if let origin { headers[.origin] = origin }
        headers[.acceptLanguage] = acceptLanguage
        let cookieHeader = lock.withLock { cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
        if !cookieHeader.isEmpty { headers[.cookie] = cookieHeader }
        if let type { headers[.contentType] = type }
        let response = try await client.executeRequest(
            uri: path,
            method: method,
            headers: headers,
            body: body.map { ByteBuffer(bytes: $0) }
        )
        let page = Page(response: response)
        lock.withLock {
            for cookie in page.setCookies {
                let pair = cookie.split(separator: ";").first ?? ""
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let isExpired =
                    cookie.lowercased().contains("max-age=0") || cookie.contains("Expires=Thu, 01 Jan 1970")
                    || parts[1].isEmpty
                cookies[String(parts[0])] = isExpired ? nil : String(parts[1])
            }
        }
        if let token = page.csrf { lastCSRF = token }
        return page
    }

    /// Forgets the last page's form token (to send a form without one).
    func forgetCSRF() { lastCSRF = nil }

    /// Whether the browser holds a cookie of that name.
    func hasCookie(_ name: String) -> Bool { lock.withLock { cookies[name] != nil } }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        return (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "").replacingOccurrences(
            of: "%20",
            with: "+"
        )
    }
}

/// A response as the tests look at it.
struct Page: Sendable, CustomStringConvertible {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let bytes: [UInt8]

    init(response: TestResponse) {
        status = response.status
        headers = response.headers
        bytes = Array(response.body.readableBytesView)
    }

    /// The status and where it leads, for failure messages (not the whole page).
    var description: String { "Page(\(status.code)\(location.map { " → \($0)" } ?? ""))" }

    /// The body as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// `Location`.
    var location: String? { headers[.location] }

    /// Every `Set-Cookie`.
    var setCookies: [String] { headers[values: .setCookie] }

    /// The first form token of the page.
    var csrf: String? {
        guard let range = text.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }

    /// Whether the body contains `text`.
    func contains(_ fragment: String) -> Bool { text.contains(fragment) }
}
