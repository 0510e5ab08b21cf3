internal import EntraideService
internal import Hummingbird
internal import Logging
internal import PlanningDomain

/// Every refusal and failure as a page in the reader's language, with the right status, and never a stack
/// trace, a file path or personal data: the log line names the error's kind and code only.
struct ErrorPages: RouterMiddleware {
    typealias Context = WebContext
    let app: WebApp

    func handle(
        _ request: Request,
        context: WebContext,
        next: (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as WebError {
            return await page(for: error, request)
        } catch let error as ServiceError {
            switch error.code {
            case .invalidLink: return await page(for: .invalidLink, request)
            case .notAllowed: return await page(for: .pollClosed, request)
            case .unknownGroup, .unknownID: return await page(for: .notFound, request)
            default:
                context.logger.error("request failed", metadata: ["code": "\(error.code)"])
                return await failure(request, status: error.isInputError ? .badRequest : .internalServerError)
            }
        } catch let error as any HTTPResponseError {
            switch error.status {
            case .notFound: return await page(for: .notFound, request)
            case .contentTooLarge: return await message(request, status: .contentTooLarge, key: "tooLarge")
            case .methodNotAllowed: return await message(request, status: .methodNotAllowed, key: "bad")
            default: return await message(request, status: .badRequest, key: "bad")
            }
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(type(of: error))"])
            return await failure(request, status: .internalServerError)
        }
    }

    private func page(for error: WebError, _ request: Request) async -> Response {
        switch error {
        case .forbidden: await message(request, status: .forbidden, key: "forbidden")
        case .notFound: await message(request, status: .notFound, key: "notFound")
        case .invalidLink: await message(request, status: .notFound, key: "link")
        case .tooManyAttempts: await message(request, status: .tooManyRequests, key: "tooMany")
        case .badRequest: await message(request, status: .badRequest, key: "bad")
        case .pollClosed: await message(request, status: .conflict, key: "closed")
        }
    }

    private func failure(_ request: Request, status: HTTPResponse.Status) async -> Response {
        await message(request, status: status, key: status == .badRequest ? "bad" : "server")
    }

    private func message(_ request: Request, status: HTTPResponse.Status, key: String) async -> Response {
        let catalogue = Catalogue.of(Catalogue.language(accepting: request.headers[.acceptLanguage]))
        let heading = catalogue.text("error.\(key).heading")
        let text = catalogue.text("error.\(key).text", ["minutes": String(app.windowMinutes)])
        let body = app.pages.render(
            "message",
            ["heading": heading, "lines": [text]],
            frame: Pages.Frame(catalogue: catalogue, title: heading, brand: await app.brand())
        )
        var response = PageResponse.html(body, status: status)
        if status == .tooManyRequests {
            response.headers[.retryAfter] = String(app.configuration.limits.windowSeconds)
        }
        return response
    }
}
