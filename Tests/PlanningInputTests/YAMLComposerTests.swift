import EntraideTestSupport
import Foundation
import Testing
import Yams

@testable import PlanningInput

/// The composer that replaced `Yams.compose` for speed builds the same tree as Yams does (values, styles,
/// places), and finds repeated keys where Yams stops at the first.
@Suite struct YAMLComposerTests {
    /// A tree as text, to compare two composers: every value with its line, column and whether it is plain.
    private static func outline(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar):
            "\(scalar.mark.line):\(scalar.mark.column)\(scalar.style == .plain ? "" : "'")\(scalar.string)"
        case .sequence(let entries, let mark):
            "\(mark.line):\(mark.column)[" + entries.map(outline).joined(separator: ",") + "]"
        case .mapping(let mapping):
            "\(mapping.mark.line):\(mapping.mark.column){"
                + mapping.pairs.map { outline($0.key) + "=" + outline($0.value) }.joined(separator: ",") + "}"
        }
    }

    private static func outline(_ node: Node) -> String {
        let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "?"
        switch node {
        case .scalar(let scalar):
            return "\(mark)\(scalar.style == .plain ? "" : "'")\(scalar.string)"
        case .sequence(let sequence):
            return "\(mark)[" + sequence.map(outline).joined(separator: ",") + "]"
        case .mapping(let mapping):
            return "\(mark){" + mapping.map { outline($0.key) + "=" + outline($0.value) }.joined(separator: ",") + "}"
        case .alias:
            return "alias"
        }
    }

    private static func ours(_ text: String) throws -> YAMLNode {
        guard case .tree(let root?, let repeated) = YAMLComposer.compose(text), repeated.isEmpty else {
            throw YamlError.memory
        }
        return root
    }

    @Test(
        "The same tree as Yams for the shipped examples",
        arguments: ["proches-aidants-lausanne.yaml", "parents-ados-nyon/scenario.yaml", "infeasible.yaml"]
    )
    func sameTreeAsYams(_ example: String) throws {
        let text = try String(contentsOfFile: PackageRoot.example(example), encoding: .utf8)
        let reference = try #require(try Yams.compose(yaml: text, Resolver.basic))
        #expect(Self.outline(try Self.ours(text)) == Self.outline(reference))
    }

    @Test func anchorsAndAliasesAndEveryStyle() throws {
        let text = """
            base: &room {id: a, capacity: 12}
            copy: *room
            list: [plain, 'single', "double\\tescape", ~]
            literal: |
              two
              lines
            folded: >-
              one
              line
            """
        let reference = try #require(try Yams.compose(yaml: text, Resolver.basic))
        let root = try Self.ours(text)
        #expect(Self.outline(root).replacing("alias", with: "") == Self.outline(reference).replacing("alias", with: ""))
        #expect(root.mapping?["copy"]?.mapping?["capacity"]?.scalar?.string == "12")
        #expect(root.mapping?["literal"]?.scalar?.string == "two\nlines\n")
        #expect(root.mapping?["folded"]?.scalar?.string == "one line")
    }

    @Test func keysRepeatedInALargeMapAreAllFound() throws {
        let keys = (1...40).map { "k\($0): yes" } + ["k7: no", "k33: no"]
        guard case .tree(_, let repeated) = YAMLComposer.compose("answers: {\(keys.joined(separator: ", "))}") else {
            Issue.record("not composed")
            return
        }
        #expect(repeated.map(\.key) == ["k7", "k33"])
        #expect(repeated.allSatisfy { $0.line == 1 && $0.firstLine == 1 })
    }

    @Test func problemsAreLocatedAsLibYAMLSaysThem() {
        guard case .failure(let undefined, _) = YAMLComposer.compose("a: *nowhere\n") else {
            Issue.record("an undefined alias was read")
            return
        }
        #expect(undefined == YAMLProblem(kind: .composer, problem: "found undefined alias", line: 1, column: 4))
        guard case .failure(let second, _) = YAMLComposer.compose("a: 1\n---\nb: 2\n") else {
            Issue.record("a second document was read")
            return
        }
        #expect(second.kind == .secondDocument)
        #expect(second.line == 2)
    }
}
