using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoopAlliance.Web.Pages;

/// <summary>The options of the select boxes, in the words people use (enum names are the values).</summary>
public static class Choices
{
    public static IEnumerable<SelectListItem> Statuses() =>
        Enum.GetValues<MembershipStatus>().Select(s => new SelectListItem(s.Describe(), s.ToString()));

    public static IEnumerable<SelectListItem> Regions() =>
        Enum.GetValues<Region>().Select(r => new SelectListItem(r.Describe(), r.ToString()));

    public static IEnumerable<SelectListItem> Kinds() =>
        Enum.GetValues<CoopKind>().Select(k => new SelectListItem(k.Describe(), k.ToString()));

    public static IEnumerable<SelectListItem> RevenueBands() =>
        Enum.GetValues<RevenueBand>().Select(b => new SelectListItem(b.Describe(), b.ToString()));

    public static IEnumerable<SelectListItem> Sectors(IEnumerable<string> sectors) =>
        sectors.Select(s => new SelectListItem(s, s));

    public static IEnumerable<SelectListItem> Categories() =>
        Enum.GetValues<AssistanceCategory>().Select(c => new SelectListItem(c.Describe(), c.ToString()));

    public static IEnumerable<SelectListItem> AssistanceStatuses() =>
        Enum.GetValues<AssistanceStatus>().Select(s => new SelectListItem(s.Describe(), s.ToString()));

    public static IEnumerable<SelectListItem> Priorities() =>
        Enum.GetValues<Priority>().Select(p => new SelectListItem(Application.Common.Words.Glossary.LabelInEnglish(p), p.ToString()));

    public static IEnumerable<SelectListItem> ContactMethods() =>
        Enum.GetValues<ContactMethod>().Select(m => new SelectListItem(m.Describe(), m.ToString()));

    public static IEnumerable<SelectListItem> Billings() =>
        Enum.GetValues<Billing>().Select(b => new SelectListItem(b.Describe(), b.ToString()));

    /// <summary>Marks the item whose value is <paramref name="selected"/> (for selects not bound with asp-for).</summary>
    public static IEnumerable<SelectListItem> Selecting(this IEnumerable<SelectListItem> items, object? selected) =>
        items.Select(i =>
        {
            i.Selected = selected is not null && string.Equals(i.Value, selected.ToString(), StringComparison.OrdinalIgnoreCase);
            return i;
        });

    public static string Describe(this ContactMethod method) => Application.Common.Words.Glossary.LabelInEnglish(method);

    public static string Describe(this SlaState state) => Application.Common.Words.Glossary.LabelInEnglish(state);

    /// <summary>"3.5 hours", "1 hour".</summary>
    public static string Hours(decimal hours) => $"{hours:0.##} hour{(hours == 1 ? "" : "s")}";
}

/// <summary>A co-op's roster with the addresses of its add, edit and remove pages (staff and reps have their own).</summary>
public sealed record RosterModel(
    IReadOnlyList<CoopAlliance.Application.Cooperatives.PersonDto> People,
    string AddUrl,
    Func<int, string> EditUrl,
    Func<int, string> RemoveUrl,
    int? ReportedWorkerOwners = null);
