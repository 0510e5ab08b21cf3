internal import HTTPTypes
internal import Hummingbird

/// The headers every response carries: a strict Content-Security-Policy (nothing but this server's own style
/// sheets; no script, no frame, no form elsewhere), the referrer only to this server (personal links stay out of
/// other sites' logs; `no-referrer` would make browsers send `Origin: null` with forms, which the form check
/// refuses),
/// no indexing, no caching of pages with personal data, and HSTS behind HTTPS.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    /// Whether people reach the server over HTTPS.
    let isSecure: Bool

    /// The policy: everything refused by default; style sheets, images and forms from this server only.
    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'"
    }

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        Self.add(to: &response.headers, isSecure: isSecure, path: request.uri.path)
        return response
    }

    /// Adds the headers to `headers` (also used for error pages made outside the router).
    static func add(to headers: inout HTTPFields, isSecure: Bool, path: String) {
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        headers[name("Referrer-Policy")] = "same-origin"
        headers[name("X-Robots-Tag")] = "noindex, nofollow"
        headers[name("X-Frame-Options")] = "DENY"
        headers[name("Cross-Origin-Opener-Policy")] = "same-origin"
        headers[name("Cross-Origin-Resource-Policy")] = "same-origin"
        headers[name("Permissions-Policy")] = "camera=(), microphone=(), geolocation=()"
        if headers[.cacheControl] == nil {
            headers[.cacheControl] = path.hasPrefix("/static/") ? "public, max-age=3600" : "no-store"
        }
        if isSecure { headers[.strictTransportSecurity] = "max-age=31536000" }
    }

    /// The header field named `text`, a constant spelled right in this file.
    static func name(_ text: String) -> HTTPField.Name {
        guard let name = HTTPField.Name(text) else { preconditionFailure("'\(text)' is not a header name") }
        return name
    }
}
