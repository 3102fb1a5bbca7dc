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
}

/// <summary>A co-op's roster with the addresses of its add, edit and remove pages (staff and reps have their own).</summary>
public sealed record RosterModel(
    IReadOnlyList<CoopAlliance.Application.Cooperatives.PersonDto> People,
    string AddUrl,
    Func<int, string> EditUrl,
    Func<int, string> RemoveUrl);
