namespace CoopAlliance.Web.Pages.Shared;

/// <summary>
/// "Are you sure?" before a decision that is serious or hard to take back (_ConfirmDecision.cshtml): a title that
/// names who it is about ("Suspend Riverbend Bakery?"), what follows from it in plain words, the "Yes, …" button and
/// a Cancel link that changes nothing. The Yes button posts <see cref="Hidden"/> (what was typed, and the page's
/// "confirmed" flag) to <see cref="Action"/>; names may repeat (e.g. several ticked boxes).
/// </summary>
/// <param name="Title">The question, naming who or what it is about.</param>
/// <param name="Consequences">What happens, one plain sentence each.</param>
/// <param name="YesText">The button that goes ahead, e.g. "Yes, suspend Riverbend Bakery".</param>
/// <param name="CancelUrl">Where Cancel leads: the page as it was, nothing sent.</param>
/// <param name="Action">The URL the Yes button posts to (e.g. Url.Page(page, handler, route values)).</param>
/// <param name="Hidden">The fields posted with Yes.</param>
public sealed record ConfirmDecisionModel(string Title, IReadOnlyList<string> Consequences, string YesText, string CancelUrl, string Action,
    IReadOnlyList<KeyValuePair<string, string?>> Hidden)
{
    /// <summary>What the person typed that goes with the decision, shown back to them (e.g. the reason).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Details { get; init; } = [];

    /// <summary>The heading's level, to fit the page's outline (2 by default).</summary>
    public int HeadingLevel { get; init; } = 2;

    /// <summary>A serious decision (decline, suspend, withdraw…): the Yes button is red. Otherwise it is the page's main action.</summary>
    public bool Serious { get; init; } = true;

    /// <summary>The element's id (its heading's is this plus "-h"); one per page.</summary>
    public string Id { get; init; } = "confirm";

    public static KeyValuePair<string, string?> Field(string name, string? value) => new(name, value);
}
