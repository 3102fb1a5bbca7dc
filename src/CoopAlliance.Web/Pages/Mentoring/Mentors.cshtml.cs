using System.Text;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentoring;

/// <summary>Mentors: search, sort, page, CSV; each with skills, load against capacity and availability.</summary>
public sealed class MentorsModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<MentorDto> All { get; private set; } = [];
    public IReadOnlyList<MentorDto> Items { get; private set; } = [];
    public DateOnly Today => clock.Today;

    public async Task OnGetAsync()
    {
        All = await LoadAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (All.Count + PageSize - 1) / PageSize));
        Items = All.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var csv = new CsvBuilder().Row("Name", "Email", "Home co-op", "Skills", "Sectors", "Languages", "Region", "Capacity", "Open matches", "Paused until");
        foreach (var m in await LoadAsync())
        {
            csv.Row(m.FullName, m.Email, m.HomeCoop, Skills(m), string.Join("; ", m.Sectors), string.Join("; ", m.Languages), m.Region.Describe(),
                m.Capacity, m.OpenMatches, m.PausedUntil);
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", "mentors.csv");
    }

    private async Task<IReadOnlyList<MentorDto>> LoadAsync()
    {
        var mentors = await Mediator.Send(new ListMentors(Q), HttpContext.RequestAborted);
        return Sort switch
        {
            "load" => mentors.OrderByDescending(m => m.OpenMatches).ThenBy(m => m.FullName).ToList(),
            "room" => mentors.OrderByDescending(m => m.Capacity - m.OpenMatches).ThenBy(m => m.FullName).ToList(),
            "region" => mentors.OrderBy(m => m.Region).ThenBy(m => m.FullName).ToList(),
            _ => mentors,
        };
    }

    /// <summary>The order in use: "" (name), "region", "load" or "room".</summary>
    public string SortKey => Sort is "region" or "load" or "room" ? Sort : "";

    public (string Label, SortKind Kind, bool Descending) SortShown => SortKey switch
    {
        "region" => ("Region", SortKind.Text, false),
        "load" => ("Load", SortKind.Number, true),
        "room" => ("Availability (room left)", SortKind.Number, true),
        _ => ("Name", SortKind.Text, false),
    };

    public static string Skills(MentorDto m) =>
        string.Join(", ", m.Skills.Select(s => $"{s.Skill.Describe()} ({s.Level.ToString().ToLowerInvariant()})"));

    public string ListUrl(int? page = null, string? sort = null, string? handler = null) =>
        Url.Page("/Mentoring/Mentors", handler, new
        {
            q = string.IsNullOrWhiteSpace(Q) ? null : Q,
            sort = sort ?? Sort,
            pageNumber = page is null or 1 ? null : page,
        })!;
}
