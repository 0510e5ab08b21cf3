internal import PlanDocuments
import PlanningDomain

/// A flyer's content as a short text for partners' newsletters and social media: plain text and Markdown.
///
/// The same public words as the flyer, in the same order: title, type and region, public text, who it is for,
/// the information session (or that its date will follow), how to register, the contact, the discretion promise.
/// Lines end with LF; the files end with one.
public struct Announcement: Hashable, Sendable {
    /// What the flyer says.
    public let content: FlyerContent

    /// The announcement of a flyer's content.
    public init(_ content: FlyerContent) { self.content = content }

    /// Plain text, paragraphs separated by a blank line.
    public var plainText: String {
        let parts = self.parts
        var paragraphs = [parts.title, parts.subtitle, parts.text]
        if let audience = parts.audience { paragraphs.append("\(parts.audienceHeading) \(audience)") }
        paragraphs += [parts.information, parts.register, parts.contact, parts.discretion]
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// Markdown (CommonMark): a level-2 heading, the paragraphs, bold labels, the registration page as a link.
    ///
    /// The public text keeps its own line breaks (as hard breaks). Every text from the group or the centre is
    /// escaped, so that no `*`, `_`, `#` or `<` in it becomes markup.
    public var markdown: String {
        let parts = self.parts
        let escape = Self.escaped
        var paragraphs = ["## \(escape(parts.title))", "*\(escape(parts.subtitle))*"]
        paragraphs.append(
            parts.text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }
                .joined(separator: "  \n")
        )
        if let audience = parts.audience {
            paragraphs.append("**\(escape(parts.audienceHeading))** \(escape(audience))")
        }
        paragraphs.append(escape(parts.information))
        var register = escape(parts.register)
        if let address = content.registration?.text {
            register = register.replacingFirst(escape(address), with: "<\(address)>")
        }
        paragraphs += [register, escape(parts.contact), "*\(escape(parts.discretion))*"]
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Parts

    /// Each paragraph's words, before formatting.
    private struct Parts {
        var title: String
        var subtitle: String
        var text: String
        var audienceHeading: String
        var audience: String?
        var information: String
        var register: String
        var contact: String
        var discretion: String
    }

    private var parts: Parts {
        let wording = FlyerWording(content)
        let catalogue = wording.catalogue
        let information =
            content.information.map { session in
                catalogue.text(
                    "announcement.information",
                    ["when": wording.when(session), "place": wording.place(session).prefix(2).joined(separator: ", ")]
                )
            } ?? wording.informationUnknown
        var ways: [String] = content.registration.map { [$0.text] } ?? []
        ways += [content.phone.map { catalogue.text("announcement.phone", ["phone": $0]) }].compactMap(\.self)
        ways.append(catalogue.text("announcement.email", ["email": content.contact.email]))
        return Parts(
            title: catalogue.text("announcement.title", ["group": content.title]),
            subtitle: "\(wording.groupType) · \(content.region) · \(content.centre)",
            text: content.text,
            audienceHeading: wording.audienceHeading,
            audience: content.audience,
            information: information,
            register: catalogue.text(
                "announcement.register",
                ["ways": ways.joined(separator: catalogue.text("announcement.or"))]
            ),
            contact: catalogue.text("announcement.contact", ["contact": wording.contactLine]),
            discretion: wording.discretion
        )
    }

    /// The text with a backslash before each character CommonMark could read as markup.
    ///
    /// Escaped anywhere: backslash, backtick, `*`, `_`, `[`, `]`, `<`, `>`, `~`, `|`. At the start of a line:
    /// `#`, `-`, `+`, `=`, and the `.` or `)` after a number (headings, lists). Addresses and sentences stay
    /// readable as they are.
    static func escaped(_ text: String) -> String {
        let anywhere: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "~", "|"]
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var result = ""
            let body = line.drop { $0 == " " }
            result += line.prefix(line.count - body.count)
            if let first = body.first, ["#", "-", "+", "="].contains(first) {
                result.append("\\")
            } else {
                let digits = body.prefix { $0.isASCII && $0.isNumber }
                if !digits.isEmpty, let next = body.dropFirst(digits.count).first, next == "." || next == ")" {
                    result += digits
                    result.append("\\")
                    result.append(next)
                    result += escapedInline(body.dropFirst(digits.count + 1), anywhere)
                    return result
                }
            }
            return result + escapedInline(body, anywhere)
        }.joined(separator: "\n")
    }

    private static func escapedInline(_ text: Substring, _ special: Set<Character>) -> String {
        var result = ""
        for character in text {
            if special.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

extension String {
    /// The text with the first occurrence of `target` replaced.
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, let range = firstRange(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }
}
