/// What a group's invitations show as their title (`SUMMARY`, the reminder, the e-mail's subject), chosen by
/// staff for each group (`group.calendar-title` in the scenario).
///
/// Discretion is the default: groups deal with health themes, and a title shows on shared calendars, phone
/// lock screens and reminders. The neutral title names the centre only (« Rencontre — Centre d'entraide
/// Vaud »); the group's title is then written only inside the invitation's text, which its recipient opens.
public enum CalendarTitle: String, Hashable, Sendable, CaseIterable {
    /// The centre's neutral wording: no theme, no group title (the default); `neutral` in the scenario.
    case neutral
    /// The group's public title (« Proches aidant·e·s – Lausanne »), for groups that choose to show it;
    /// `public` in the scenario.
    case `public`
}
