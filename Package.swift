// swift-tools-version: 6.2
import PackageDescription

/// Settings shared by every target: Swift 6 mode, the stricter upcoming features, warnings as errors.
let sharedSwiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "Entraide",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "entraide", targets: ["EntraideCLI"]),
        .executable(name: "entraide-bench", targets: ["EntraideBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        // The manual: DocC catalogues in the modules they describe, built by `scripts/test` (broken links fail).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // Value types of the domain: groups, people, venues, candidate slots, plans. No dependencies.
        .target(name: "PlanningDomain", swiftSettings: sharedSwiftSettings),
        // What Entraide says to staff (errors, report lines, help) as phrases worded late, in fr, de, it or en,
        // from the catalogues in Resources/Messages; and the one rule for choosing the language.
        .target(
            name: "Phrasebook",
            dependencies: ["PlanningDomain"],
            resources: [.copy("../../Resources/Messages")],
            swiftSettings: sharedSwiftSettings
        ),
        // The exact planner, its scoring and its explanations. Pure and deterministic.
        .target(name: "PlanningEngine", dependencies: ["PlanningDomain"], swiftSettings: sharedSwiftSettings),
        // The words every reader accepts, in French, German, Italian and English: answers, weekdays, months,
        // times, dates, durations. Pure: shared by the scenario, poll and grid readers and the rhythm parser.
        .target(
            name: "InputVocabulary",
            dependencies: ["PlanningDomain", "Phrasebook"],
            swiftSettings: sharedSwiftSettings
        ),
        // Scenario and centre files (YAML) into domain values, with located errors; time-zone names and
        // wall-clock times are checked by Calendaring, the one time-zone authority.
        .target(
            name: "PlanningInput",
            dependencies: [
                "PlanningDomain", "Phrasebook", "InputVocabulary", "Calendaring",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: sharedSwiftSettings
        ),
        // libical, seen by Calendaring only.
        .systemLibrary(name: "CLibical", pkgConfig: "libical", providers: [.apt(["libical-dev"])]),
        // iCalendar reading and writing; the only module that imports CLibical.
        .target(
            name: "Calendaring",
            dependencies: ["PlanningDomain", "Phrasebook", "CLibical"],
            resources: [.copy("../../Resources/TimeZones")],
            swiftSettings: sharedSwiftSettings
        ),
        // What a plan becomes for people: wording in their language, plan.json, calendar events.
        .target(
            name: "PlanDocuments",
            dependencies: ["PlanningDomain", "PlanningEngine", "Calendaring"],
            resources: [.copy("../../Resources/Strings")],
            swiftSettings: sharedSwiftSettings
        ),
        // Availability from where people keep it: poll exports (CSV), weekly habits, calendars (through
        // Calendaring), public holidays; merged into the scenario's answers.
        .target(
            name: "AvailabilityImport",
            dependencies: ["PlanningDomain", "Phrasebook", "InputVocabulary", "PlanningInput", "Calendaring"],
            resources: [.copy("../../Resources/Holidays")],
            swiftSettings: sharedSwiftSettings
        ),
        // cairo + pango, seen by PDFDrawing only.
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // PDF pages drawn with cairo and pango (canvas, text, lines, tags, metadata); the only module that imports
        // CCairo. Attendance sheets and flyers draw through it.
        .target(name: "PDFDrawing", dependencies: ["PlanningDomain", "CCairo"], swiftSettings: sharedSwiftSettings),
        // Attendance sheets: one A4 PDF per session (through PDFDrawing) and its CSV.
        .target(
            name: "AttendanceSheets",
            dependencies: ["PlanningDomain", "PlanningEngine", "PlanDocuments", "PDFDrawing"],
            swiftSettings: sharedSwiftSettings
        ),
        // libqrencode, seen by Promotion only.
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        // Promoting a new group: the flyer (A4 and A5 PDF with a QR code), the announcement texts, the
        // information session's "add to calendar" file; the only module that imports CQRencode.
        .target(
            name: "Promotion",
            dependencies: ["PlanningDomain", "PlanDocuments", "Calendaring", "PDFDrawing", "CQRencode"],
            swiftSettings: sharedSwiftSettings
        ),
        // The intake interview: free slots from a staff member's hours, calendars and closures, the re-check at
        // booking, the invitations (REQUEST, move, CANCEL).
        .target(
            name: "Intake",
            dependencies: ["PlanningDomain", "PlanDocuments", "Calendaring"],
            swiftSettings: sharedSwiftSettings
        ),
        // Recruitment until quorum: registrations over time, their sources, the state of a group, the waiting
        // list, and the chart of registrations against the quorum (SVG).
        .target(
            name: "Recruitment",
            dependencies: ["PlanningDomain", "PlanDocuments", "Calendaring"],
            swiftSettings: sharedSwiftSettings
        ),
        // Attendance recorded after each session, and the report the review starts from.
        .target(
            name: "AttendanceRecords",
            dependencies: [
                "PlanningDomain", "PlanningEngine", "PlanDocuments", "PlanningInput", "AvailabilityImport",
                "AttendanceSheets",
            ],
            swiftSettings: sharedSwiftSettings
        ),
        // plan.html: the plan report staff look at, one self-contained file.
        .target(
            name: "PlanReport",
            dependencies: ["PlanningDomain", "PlanningEngine", "PlanDocuments"],
            swiftSettings: sharedSwiftSettings
        ),
        // What was sent to whom: publications with stable UIDs and SEQUENCE, cancellations, replies, handover.
        .target(
            name: "Publication",
            dependencies: [
                "PlanningDomain", "Phrasebook", "InputVocabulary", "PlanningEngine", "PlanDocuments", "Calendaring",
            ],
            swiftSettings: sharedSwiftSettings
        ),
        // E-mail: one RFC 5322 message per recipient with the invitation inline and attached.
        .target(
            name: "MailMessages",
            dependencies: ["PlanningDomain", "PlanDocuments", "Calendaring", "Publication"],
            swiftSettings: sharedSwiftSettings
        ),
        // libcurl, seen by MailDelivery only.
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        // Sending finished messages to an SMTP server (STARTTLS, AUTH) through libcurl; the only module that
        // imports CCurl.
        .target(name: "MailDelivery", dependencies: ["CCurl"], swiftSettings: sharedSwiftSettings),
        // The workspace: an embedded SQLite store (GRDB) of groups, people, answers, plans and publications.
        .target(
            name: "WorkspaceStore",
            dependencies: ["PlanningDomain", "Phrasebook", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: sharedSwiftSettings
        ),
        // The coordinator's calendar: every group and workshop of the year, a large-neighbourhood search over the
        // exact single-group planner, with its bound. Pure and deterministic for a given seed and budget.
        .target(
            name: "RegionalPlanning",
            dependencies: ["PlanningDomain", "PlanningEngine"],
            swiftSettings: sharedSwiftSettings
        ),
        // The independent checker of calendars, written from the rule catalogue; it sees only domain values.
        .target(name: "RegionalCheck", dependencies: ["PlanningDomain"], swiftSettings: sharedSwiftSettings),
        // What the coordinator's calendar becomes: calendar.json, the text report, calendar.html, and the staff,
        // facilitator and room calendars (through Calendaring).
        .target(
            name: "RegionalDocuments",
            dependencies: ["PlanningDomain", "Phrasebook", "PlanDocuments", "Calendaring"],
            swiftSettings: sharedSwiftSettings
        ),
        // Output folders: bundles of files (relative path → bytes) and the one writer that never destroys what
        // Entraide did not write (manifests, staging, one-step swap).
        .target(name: "OutputFiles", dependencies: ["Phrasebook"], swiftSettings: sharedSwiftSettings),
        // The use cases every front end calls: values in (an input-file seam, an instant), values out (output
        // bundles, outcomes, typed errors); never prints, never exits.
        .target(
            name: "EntraideService",
            dependencies: [
                "PlanningDomain", "Phrasebook", "PlanningEngine", "PlanningInput", "Calendaring", "PlanDocuments",
                "AvailabilityImport", "AttendanceSheets", "AttendanceRecords", "PlanReport", "Publication",
                "WorkspaceStore", "MailMessages", "OutputFiles", "Intake", "Promotion", "Recruitment",
                "RegionalPlanning", "RegionalCheck", "RegionalDocuments",
            ],
            swiftSettings: sharedSwiftSettings
        ),
        // OpenSSL's libcrypto (already there for libcurl), seen by EntraideServer only: SHA-256 of the personal links
        // and session ids the workspace keeps.
        .systemLibrary(name: "CLibcrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // The web server (issue 11): staff pages and participants' personal pages over the use-case layer,
        // Hummingbird 2 with hummingbird-auth's sessions and bcrypt, Mustache templates.
        .target(
            name: "EntraideServer",
            dependencies: [
                "PlanningDomain", "PlanningEngine", "PlanningInput", "PlanDocuments", "PlanReport", "WorkspaceStore",
                "EntraideService", "CLibcrypto", "Calendaring", "OutputFiles", "Promotion", "Recruitment", "Intake",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("../../Resources/Web")],
            swiftSettings: sharedSwiftSettings
        ),
        // What test targets share: golden files, the project's Python, the built binary, scenario builders.
        .target(
            name: "EntraideTestSupport",
            dependencies: ["PlanningDomain"],
            swiftSettings: sharedSwiftSettings
        ),
        // Seeded random scenarios for the reference tests and the benchmark.
        .target(name: "PlanningSamples", dependencies: ["PlanningDomain"], swiftSettings: sharedSwiftSettings),
        .executableTarget(
            name: "EntraideCLI",
            dependencies: [
                "PlanningDomain", "Phrasebook", "PlanningEngine", "PlanningInput", "Calendaring", "PlanDocuments",
                "AvailabilityImport", "AttendanceSheets", "AttendanceRecords", "PlanReport", "Publication",
                "WorkspaceStore", "MailMessages", "MailDelivery", "EntraideService", "OutputFiles", "Intake",
                "Promotion", "Recruitment",
                "RegionalPlanning", "EntraideServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: sharedSwiftSettings
        ),
        .executableTarget(
            name: "EntraideBench",
            dependencies: [
                "PlanningDomain", "PlanningEngine", "PlanningSamples", "Calendaring", "AttendanceSheets",
                "RegionalPlanning", "RegionalCheck", "PlanningInput", "AvailabilityImport",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "PlanningDomainTests",
            dependencies: ["PlanningDomain"],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "PhrasebookTests",
            dependencies: ["PlanningDomain", "Phrasebook", "EntraideTestSupport"],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "RegionalPlanningTests",
            dependencies: [
                "PlanningDomain", "Phrasebook", "PlanningEngine", "PlanningSamples", "RegionalPlanning",
                "RegionalCheck", "EntraideTestSupport",
            ],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "RegionalDocumentsTests",
            dependencies: [
                "PlanningDomain", "Phrasebook", "PlanningSamples", "RegionalPlanning", "RegionalCheck",
                "RegionalDocuments", "Calendaring",
            ],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "RegionalCheckTests",
            dependencies: ["PlanningDomain", "PlanningSamples", "RegionalCheck"],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "PlanningEngineTests",
            dependencies: ["PlanningDomain", "PlanningEngine", "PlanningSamples", "EntraideTestSupport"],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "InputVocabularyTests",
            dependencies: ["PlanningDomain", "Phrasebook", "InputVocabulary"],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "PlanningInputTests",
            dependencies: [
                "PlanningDomain", "InputVocabulary", "PlanningInput", "Calendaring", "EntraideTestSupport",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("../../Resources/Examples")],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "PlanDocumentsTests",
            dependencies: [
                "PlanningDomain", "PlanningEngine", "PlanDocuments", "PlanningSamples", "EntraideTestSupport",
            ],
            exclude: ["Snapshots"],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "CalendaringTests",
            dependencies: ["PlanningDomain", "Calendaring", "EntraideTestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "AvailabilityImportTests",
            dependencies: [
                "PlanningDomain", "InputVocabulary", "PlanningInput", "Calendaring", "AvailabilityImport",
                "PlanningSamples", "EntraideTestSupport",
            ],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "AttendanceSheetsTests",
            dependencies: [
                "PlanningDomain", "PlanningEngine", "PlanDocuments", "AttendanceSheets", "PDFDrawing",
                "EntraideTestSupport",
            ],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "PromotionTests",
            dependencies: [
                "PlanningDomain", "PlanDocuments", "Calendaring", "PDFDrawing", "Promotion", "EntraideTestSupport",
            ],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "IntakeTests",
            dependencies: ["PlanningDomain", "Calendaring", "Intake", "PlanningSamples", "EntraideTestSupport"],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "RecruitmentTests",
            dependencies: ["PlanningDomain", "Recruitment", "EntraideTestSupport"],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "AttendanceRecordsTests",
            dependencies: [
                "PlanningDomain", "PlanningEngine", "PlanningInput", "AttendanceRecords", "AttendanceSheets",
            ],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "PlanReportTests",
            dependencies: [
                "PlanningDomain", "PlanningEngine", "PlanDocuments", "PlanReport", "PlanningSamples",
                "EntraideTestSupport",
            ],
            exclude: ["Snapshots"],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "PublicationTests",
            dependencies: [
                "PlanningDomain", "Phrasebook", "PlanningEngine", "Calendaring", "PlanDocuments", "Publication",
                "EntraideTestSupport",
            ],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "MailMessagesTests",
            dependencies: [
                "PlanningDomain", "Calendaring", "PlanDocuments", "Publication", "MailMessages", "EntraideTestSupport",
            ],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "MailDeliveryTests",
            dependencies: ["MailDelivery", "EntraideTestSupport"],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "WorkspaceStoreTests",
            dependencies: ["PlanningDomain", "WorkspaceStore", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "EntraideServiceTests",
            dependencies: [
                "EntraideService", "EntraideTestSupport", "PlanningDomain", "PlanningInput", "WorkspaceStore",
                "OutputFiles", "Publication", "PlanningEngine", "Intake", "Promotion",
                "RegionalPlanning",
            ],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "EntraideServerTests",
            dependencies: [
                "EntraideServer", "EntraideService", "EntraideTestSupport", "PlanningDomain", "WorkspaceStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "OutputFilesTests",
            dependencies: ["OutputFiles"],
            swiftSettings: sharedSwiftSettings
        ),
        .testTarget(
            name: "EntraideCLITests",
            dependencies: ["PlanningDomain", "EntraideTestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: sharedSwiftSettings
        ),
    ]
)
